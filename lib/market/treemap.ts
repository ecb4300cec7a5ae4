import { hierarchy, type HierarchyRectangularNode, treemap, treemapSlice, treemapSquarify } from 'd3-hierarchy';

import type { Layer, TokenSlug } from './registry';

// The market map's geometry: layers, then tokens inside each layer, with areas proportional to
// market cap (d3-hierarchy's squarified treemap). Pure and server-side: the page ships rectangles
// as CSS positions, not a layout library.

export interface TreemapToken {
  slug: TokenSlug;
  marketCapUsd: number | null;
}

export interface TreemapLayerInput {
  layer: Layer;
  tokens: TreemapToken[];
}

/** A rectangle in fractions of its container (0..1). */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface TileLayout {
  slug: TokenSlug;
  marketCapUsd: number;
  /** True share of the tracked market cap, 0..1 (the drawn share may be the minimum). */
  share: number;
  /** Drawn larger than its share so it stays readable. */
  enlarged: boolean;
  /** Within the whole map. */
  rect: Rect;
  /** Within its layer's rectangle. */
  inLayer: Rect;
}

export interface LayerLayout {
  layer: Layer;
  marketCapUsd: number;
  share: number;
  rect: Rect;
  tiles: TileLayout[];
}

export interface TreemapLayout {
  totalUsd: number;
  layers: LayerLayout[];
  /** Tokens with no positive market cap: not drawn, listed beside the map. */
  omitted: TokenSlug[];
  /** The smallest share a tile is drawn at. */
  minShare: number;
}

export interface TreemapOptions {
  /** Aspect ratio of the map, width / height. */
  aspect: number;
  /** `squarify`: one treemap; `stacked`: full-width layer bands, each its own treemap (phones). */
  arrangement: 'squarify' | 'stacked';
  /** Tiles smaller than this share of the total are drawn at it. */
  minShare?: number;
}

interface Datum {
  name: string;
  value?: number;
  token?: TreemapToken & { marketCapUsd: number };
  children?: Datum[];
}

const SIZE = 1000;

function fraction(node: HierarchyRectangularNode<Datum>, width: number, height: number): Rect {
  return { x: node.x0 / width, y: node.y0 / height, w: (node.x1 - node.x0) / width, h: (node.y1 - node.y0) / height };
}

function relative(inner: Rect, outer: Rect): Rect {
  return {
    x: outer.w ? (inner.x - outer.x) / outer.w : 0,
    y: outer.h ? (inner.y - outer.y) / outer.h : 0,
    w: outer.w ? inner.w / outer.w : 0,
    h: outer.h ? inner.h / outer.h : 0,
  };
}

const hasCap = (t: TreemapToken): t is TreemapToken & { marketCapUsd: number } =>
  t.marketCapUsd != null && Number.isFinite(t.marketCapUsd) && t.marketCapUsd > 0;

export function layoutTreemap(input: readonly TreemapLayerInput[], options: TreemapOptions): TreemapLayout {
  const minShare = options.minShare ?? 0.006;
  const omitted = input.flatMap((l) => l.tokens.filter((t) => !hasCap(t)).map((t) => t.slug));
  const totalUsd = input.reduce((sum, l) => sum + l.tokens.filter(hasCap).reduce((s, t) => s + t.marketCapUsd, 0), 0);
  if (totalUsd <= 0) return { totalUsd: 0, layers: [], omitted, minShare };

  const floor = minShare * totalUsd;
  const root = hierarchy<Datum>({
    name: 'root',
    children: input
      .map((l) => ({
        name: l.layer,
        children: l.tokens.filter(hasCap).map((token) => ({
          name: token.slug,
          value: Math.max(token.marketCapUsd, floor),
          token,
        })),
      }))
      .filter((l) => l.children.length > 0),
  })
    .sum((d) => d.value ?? 0)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0));

  const width = SIZE * options.aspect;
  const height = SIZE;
  const tile =
    options.arrangement === 'stacked'
      ? (node: HierarchyRectangularNode<Datum>, x0: number, y0: number, x1: number, y1: number) =>
          (node.depth === 0 ? treemapSlice : treemapSquarify)(node, x0, y0, x1, y1)
      : treemapSquarify;
  const laidOut = treemap<Datum>().tile(tile).size([width, height])(root);

  const layers = (laidOut.children ?? []).map((layerNode): LayerLayout => {
    const rect = fraction(layerNode, width, height);
    const tiles = (layerNode.children ?? []).map((tileNode): TileLayout => {
      const token = tileNode.data.token as TreemapToken & { marketCapUsd: number };
      const tileRect = fraction(tileNode, width, height);
      return {
        slug: token.slug,
        marketCapUsd: token.marketCapUsd,
        share: token.marketCapUsd / totalUsd,
        enlarged: token.marketCapUsd < floor,
        rect: tileRect,
        inLayer: relative(tileRect, rect),
      };
    });
    return {
      layer: layerNode.data.name as Layer,
      marketCapUsd: tiles.reduce((sum, t) => sum + t.marketCapUsd, 0),
      share: tiles.reduce((sum, t) => sum + t.share, 0),
      rect,
      tiles,
    };
  });
  return { totalUsd, layers, omitted, minShare };
}

export const CHANGE_STEPS = [-5, -2, -0.5, 0.5, 2, 5] as const;
export const CHANGE_CLASSES = ['n3', 'n2', 'n1', 'z', 'p1', 'p2', 'p3'] as const;
export type ChangeClass = (typeof CHANGE_CLASSES)[number] | 'none';

/** The colour step of a 24h change on the map's diverging scale. */
export function changeClass(change: number | null | undefined): ChangeClass {
  if (change == null || !Number.isFinite(change)) return 'none';
  const index = CHANGE_STEPS.findIndex((step) => change < step);
  return CHANGE_CLASSES[index === -1 ? CHANGE_CLASSES.length - 1 : index] ?? 'none';
}
