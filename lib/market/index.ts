import 'server-only';

import { cache } from 'react';

import { getCoinGecko, UpstreamError } from './coingecko';
import { readMarketConfig } from './config';
import { logMarketEvent } from './log';
import { coingeckoIdsOf, getToken, TOKENS, type TokenSlug } from './registry';
import {
  coingeckoSource,
  MalformedDataError,
  reshapeMarketChart,
  reshapeMarketChartDaily,
  reshapeMarkets,
  summarizeLayers,
  toOverview,
} from './reshape';
import { snapshotDailySeries, snapshotOverview } from './snapshot';
import type { DailySeries, MarketOverview, MarketSource, PricePoint, TokenQuote } from './types';

export { summarizeLayers } from './reshape';
export type { DailySeries, DataSource, LayerSummary, MarketOverview, PricePoint, TokenQuote } from './types';

const HOUR_MS = 3_600_000;

// The last good answer of this process, per token: a later answer that drops a token's entry
// keeps that token's previous quote (with its own true `asOf`) instead of losing it.
const lastGoodQuotes = new Map<TokenSlug, TokenQuote>();
// The CoinGecko id each token last answered under (io.net has two): its history is asked by that id.
const answeredIds = new Map<TokenSlug, string>();
let lastGood: { source: MarketSource; asOf: string } | null = null;

function isBuildPhase(): boolean {
  return process.env.NEXT_PHASE === 'phase-production-build';
}

/**
 * Live data fails in one of two ways. At build time, with no good data ever fetched, the
 * labelled snapshot stands in so the build succeeds offline. At runtime the error is thrown:
 * Next keeps serving the last good page and tries again on a later request, whereas a fallback
 * rendered here would be cached as if it were fresh.
 */
function onUpstreamFailure<T>(error: unknown, fallback: () => T): T {
  const wrapped = error instanceof MalformedDataError ? new UpstreamError('schema', error.message) : (error as Error);
  if (error instanceof MalformedDataError) {
    logMarketEvent('market.upstream_failure', { kind: 'schema', message: error.message });
  }
  if (isBuildPhase()) {
    logMarketEvent('market.snapshot_fallback', { reason: wrapped.message });
    return fallback();
  }
  throw wrapped;
}

// At build, a failing upstream is asked once per build worker, not once per page.
let buildFailure: unknown = null;

export const getMarketOverview = cache(async (): Promise<MarketOverview> => {
  const config = readMarketConfig();
  if (config.source === 'snapshot') return snapshotOverview();
  if (buildFailure && isBuildPhase()) return snapshotOverview();
  try {
    const answer = await getCoinGecko(config, '/coins/markets', {
      vs_currency: 'usd',
      ids: TOKENS.flatMap(coingeckoIdsOf).join(','),
      sparkline: 'true',
      price_change_percentage: '24h,7d,30d',
      per_page: '250',
      precision: 'full',
    });
    const { quotes, dropped, ids } = reshapeMarkets(answer.body);
    if (dropped.length > 0) logMarketEvent('market.invalid_entries', { dropped });
    for (const [slug, id] of ids) answeredIds.set(slug, id);
    for (const [slug, quote] of quotes) lastGoodQuotes.set(slug, quote);
    for (const [slug, quote] of lastGoodQuotes) if (!quotes.has(slug)) quotes.set(slug, quote);
    lastGood = { source: 'coingecko', asOf: answer.answeredAt };
    return toOverview(quotes, 'coingecko', answer.answeredAt);
  } catch (error) {
    buildFailure = error;
    return onUpstreamFailure(error, snapshotOverview);
  }
});

export const getTokenQuote = cache(async (slug: TokenSlug) => {
  const overview = await getMarketOverview();
  return { overview, quote: overview.quotes.find((q) => q.slug === slug) ?? null };
});

export const getLayerSummaries = cache(async () => {
  const overview = await getMarketOverview();
  return { overview, layers: summarizeLayers(overview) };
});

export interface PriceSeries {
  source: MarketSource;
  asOf: string;
  /** Hourly points of the last 7 days (from the live markets sparkline); empty for the snapshot. */
  hourly: PricePoint[];
  /** Daily points, oldest first: a year when live, as long as the records go for the snapshot. */
  daily: PricePoint[];
  /** The daily series with market caps, volumes and its source; null when there is none. */
  series: DailySeries | null;
}

function sparklinePoints(quote: TokenQuote | null): PricePoint[] {
  if (!quote || quote.sparkline7d.length === 0 || quote.derived.sparkline7d) return [];
  // The live sparkline is hourly and ends at the coin's last update.
  const end = Date.parse(quote.asOf);
  const n = quote.sparkline7d.length;
  return quote.sparkline7d.map((price, i) => ({ t: end - (n - 1 - i) * HOUR_MS, price }));
}

function pricePoints(series: DailySeries | null): PricePoint[] {
  return series?.points.map(([t, price]) => ({ t, price })) ?? [];
}

/** Price history of one token: 7 days hourly and a year daily. One upstream request per token. */
export const getPriceSeries = cache(async (slug: TokenSlug): Promise<PriceSeries> => {
  const { overview, quote } = await getTokenQuote(slug);
  const hourly = sparklinePoints(quote);
  const config = readMarketConfig();
  const fromSnapshot = (): PriceSeries => {
    const series = snapshotDailySeries(slug);
    return {
      source: 'snapshot',
      asOf: series?.asOf ?? snapshotOverview().asOf,
      hourly: [],
      daily: pricePoints(series),
      series,
    };
  };
  if (config.source === 'snapshot' || overview.source === 'snapshot') return fromSnapshot();
  const token = getToken(slug);
  const id = answeredIds.get(slug) ?? token?.coingeckoId ?? slug;
  try {
    const answer = await getCoinGecko(config, `/coins/${encodeURIComponent(id)}/market_chart`, {
      vs_currency: 'usd',
      days: '365',
      interval: 'daily',
    });
    const series = reshapeMarketChartDaily(answer.body, coingeckoSource(id));
    // The chart keeps every point of the answer (its last is the current price); the series one a day.
    const daily = reshapeMarketChart(answer.body);
    return { source: 'coingecko', asOf: answer.answeredAt, hourly, daily, series };
  } catch (error) {
    return onUpstreamFailure(error, fromSnapshot);
  }
});

export interface MarketHealth {
  status: 'ok' | 'degraded';
  source: MarketSource;
  configuredSource: MarketSource;
  asOf: string;
  ageSeconds: number;
  revalidateSeconds: number;
}

/** For /api/health: what readers are being shown, and how old it is. Never throws. */
export async function getMarketHealth(now = Date.now()): Promise<MarketHealth> {
  const config = readMarketConfig();
  let shown: { source: MarketSource; asOf: string };
  try {
    shown = await getMarketOverview();
  } catch {
    shown = lastGood ?? { source: 'snapshot', asOf: snapshotOverview().asOf };
  }
  const ageSeconds = Math.max(0, Math.round((now - Date.parse(shown.asOf)) / 1000));
  const fresh = shown.source === config.source && ageSeconds <= 2 * config.revalidateSeconds;
  return {
    status: config.source === 'snapshot' || fresh ? 'ok' : 'degraded',
    source: shown.source,
    configuredSource: config.source,
    asOf: shown.asOf,
    ageSeconds,
    revalidateSeconds: config.revalidateSeconds,
  };
}
