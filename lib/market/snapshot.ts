import type { TokenSlug } from './registry';
import { getToken } from './registry';
import { reshapeMarketChart, reshapeMarkets, toOverview } from './reshape';
import charts from './snapshot/charts.json';
import markets from './snapshot/markets.json';
import meta from './snapshot/meta.json';
import type { MarketOverview, PricePoint } from './types';

// The embedded data set: recorded CoinGecko answers shipped in the repo so the site builds and
// runs with no network. It goes through the same schemas as live data; `npm run data:snapshot`
// refreshes it. Readers always see it labelled as a snapshot with its date.

export const SNAPSHOT_RECORDED_AT: string = meta.recordedAt;

let parsed: MarketOverview | null = null;

/** Parsed once per process: the snapshot only changes with a deploy. */
export function snapshotOverview(): MarketOverview {
  parsed ??= toOverview(reshapeMarkets(markets).quotes, 'snapshot', SNAPSHOT_RECORDED_AT);
  return parsed;
}

export function snapshotDailyHistory(slug: TokenSlug): PricePoint[] {
  const id = getToken(slug)?.coingeckoId;
  const body = id ? (charts as Record<string, unknown>)[id] : undefined;
  return body ? reshapeMarketChart(body) : [];
}
