import type { TokenSlug } from './registry';
import { toOverview } from './reshape';
import file from './snapshot/snapshot.json';
import { type DailySeries, type MarketOverview, type SnapshotFile, snapshotFileSchema, type TokenQuote } from './types';

// The embedded data set: the most recent public records of each token's market (data/records,
// copied byte for byte), turned into quotes and daily series by `npm run data:build`. The site
// builds and runs with it and no network. It is validated here with the same domain schema the
// pages use, and readers always see it labelled as a snapshot, each figure with its own date and source.

let parsed: SnapshotFile | null = null;

function snapshot(): SnapshotFile {
  parsed ??= snapshotFileSchema.parse(file);
  return parsed;
}

let overview: MarketOverview | null = null;

/** Parsed once per process: the snapshot only changes with a deploy. */
export function snapshotOverview(): MarketOverview {
  overview ??= toOverview(
    new Map(snapshot().quotes.map((q): [TokenSlug, TokenQuote] => [q.slug, q])),
    'snapshot',
    snapshot().asOf,
  );
  return overview;
}

/** The token's recorded daily series (one source), or null when no record has one. */
export function snapshotDailySeries(slug: TokenSlug): DailySeries | null {
  return snapshot().history[slug] ?? null;
}
