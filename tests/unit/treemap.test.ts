import { describe, expect, it } from 'vitest';

import { changeClass, layoutTreemap, type TreemapLayerInput } from '@/lib/market/treemap';

const input: TreemapLayerInput[] = [
  {
    layer: 'compute',
    tokens: [
      { slug: 'render', marketCapUsd: 2_000 },
      { slug: 'akash', marketCapUsd: 500 },
      { slug: 'io-net', marketCapUsd: 100 },
    ],
  },
  {
    layer: 'storage',
    tokens: [
      { slug: 'filecoin', marketCapUsd: 1_500 },
      { slug: 'arweave', marketCapUsd: 400 },
    ],
  },
  {
    layer: 'network',
    tokens: [
      { slug: 'helium', marketCapUsd: 450 },
      { slug: 'wifi-map', marketCapUsd: null },
    ],
  },
  {
    layer: 'orchestration',
    tokens: [
      { slug: 'fetch-ai', marketCapUsd: 1_000 },
      { slug: 'bittensor', marketCapUsd: 4_000 },
    ],
  },
];
const area = (r: { w: number; h: number }) => r.w * r.h;

describe('layoutTreemap', () => {
  for (const arrangement of ['squarify', 'stacked'] as const) {
    for (const aspect of [16 / 9, 3 / 5]) {
      it(`fills the map with areas proportional to market cap (${arrangement}, aspect ${aspect.toFixed(2)})`, () => {
        const layout = layoutTreemap(input, { aspect, arrangement, minShare: 0 });
        const tiles = layout.layers.flatMap((l) => l.tiles);
        expect(tiles.reduce((s, t) => s + area(t.rect), 0)).toBeCloseTo(1, 9);
        expect(layout.totalUsd).toBe(9_950);
        for (const t of tiles) expect(area(t.rect)).toBeCloseTo(t.marketCapUsd / 9_950, 9);
        for (const l of layout.layers) {
          expect(area(l.rect)).toBeCloseTo(l.share, 9);
          // Tiles lie inside their layer and their layer-relative rectangles cover it.
          expect(l.tiles.reduce((s, t) => s + area(t.inLayer), 0)).toBeCloseTo(1, 9);
          for (const t of l.tiles) {
            expect(t.rect.x).toBeGreaterThanOrEqual(l.rect.x - 1e-9);
            expect(t.rect.x + t.rect.w).toBeLessThanOrEqual(l.rect.x + l.rect.w + 1e-9);
          }
        }
      });
    }
  }

  it('stacks layers as full-width bands on phones, largest first', () => {
    const layout = layoutTreemap(input, { aspect: 3 / 5, arrangement: 'stacked', minShare: 0 });
    expect(layout.layers.map((l) => l.layer)).toEqual(['orchestration', 'compute', 'storage', 'network']);
    for (const l of layout.layers) expect(l.rect.w).toBeCloseTo(1, 9);
  });

  it('draws tiny tokens at the minimum and says which, leaving the others within a few per cent', () => {
    const layout = layoutTreemap(input, { aspect: 16 / 9, arrangement: 'squarify', minShare: 0.02 });
    const tiles = layout.layers.flatMap((l) => l.tiles);
    const io = tiles.find((t) => t.slug === 'io-net');
    expect(io?.enlarged).toBe(true);
    expect(io?.share).toBeCloseTo(100 / 9_950, 9);
    expect(area(io!.rect)).toBeGreaterThan(io!.share);
    for (const t of tiles.filter((t) => t.share > 0.04)) {
      expect(t.enlarged).toBe(false);
      expect(Math.abs(area(t.rect) / t.share - 1)).toBeLessThan(0.03);
    }
  });

  it('leaves out zero and missing caps and lists them', () => {
    const layout = layoutTreemap([...input, { layer: 'network', tokens: [{ slug: 'helium', marketCapUsd: 0 }] }], {
      aspect: 1,
      arrangement: 'squarify',
    });
    expect(layout.omitted).toEqual(['wifi-map', 'helium']);
    expect(layout.layers.flatMap((l) => l.tiles).some((t) => t.marketCapUsd <= 0)).toBe(false);
  });

  it('draws nothing when no token has a market cap', () => {
    const empty = layoutTreemap([{ layer: 'compute', tokens: [{ slug: 'render', marketCapUsd: null }] }], {
      aspect: 1,
      arrangement: 'squarify',
    });
    expect(empty).toMatchObject({ totalUsd: 0, layers: [], omitted: ['render'] });
  });
});

describe('changeClass', () => {
  it('maps a 24h change to a step of the diverging scale', () => {
    expect([-12, -5, -3, -1, 0, 0.4, 1, 3, 5, 40].map(changeClass)).toEqual([
      'n3',
      'n2',
      'n2',
      'n1',
      'z',
      'z',
      'p1',
      'p2',
      'p3',
      'p3',
    ]);
    expect(changeClass(null)).toBe('none');
    expect(changeClass(Number.NaN)).toBe('none');
  });
});
