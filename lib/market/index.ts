import 'server-only';

import { cache } from 'react';

import { getCoinGecko, UpstreamError } from './coingecko';
import { readMarketConfig } from './config';
import { logMarketEvent } from './log';
import { getToken, TOKENS, type TokenSlug } from './registry';
import { MalformedDataError, reshapeMarketChart, reshapeMarkets, summarizeLayers, toOverview } from './reshape';
import { snapshotDailyHistory, snapshotOverview } from './snapshot';
import type { MarketOverview, MarketSource, PricePoint, TokenQuote } from './types';

export { summarizeLayers } from './reshape';
export type { LayerSummary, MarketOverview, PricePoint, TokenQuote } from './types';

const HOUR_MS = 3_600_000;

// The last good answer of this process, per token: a later answer that drops a token's entry
// keeps that token's previous quote (with its own true `lastUpdated`) instead of losing it.
const lastGoodQuotes = new Map<TokenSlug, TokenQuote>();
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
      ids: TOKENS.map((t) => t.coingeckoId).join(','),
      sparkline: 'true',
      price_change_percentage: '24h,7d,30d',
      per_page: '250',
      precision: 'full',
    });
    const { quotes, dropped } = reshapeMarkets(answer.body);
    if (dropped.length > 0) logMarketEvent('market.invalid_entries', { dropped });
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
  /** Hourly points of the last 7 days (from the markets sparkline). */
  hourly: PricePoint[];
  /** Daily points of the last year. */
  daily: PricePoint[];
}

function sparklinePoints(quote: TokenQuote | null): PricePoint[] {
  if (!quote || quote.sparkline7d.length === 0) return [];
  // The sparkline is hourly and ends at the coin's last update.
  const end = Date.parse(quote.lastUpdated);
  const n = quote.sparkline7d.length;
  return quote.sparkline7d.map((price, i) => ({ t: end - (n - 1 - i) * HOUR_MS, price }));
}

/** Price history of one token: 7 days hourly and a year daily. One upstream request per token. */
export const getPriceSeries = cache(async (slug: TokenSlug): Promise<PriceSeries> => {
  const { overview, quote } = await getTokenQuote(slug);
  const hourly = sparklinePoints(quote);
  const config = readMarketConfig();
  const fromSnapshot = (): PriceSeries => {
    const snapshot = snapshotOverview();
    return {
      source: 'snapshot',
      asOf: snapshot.asOf,
      hourly: sparklinePoints(snapshot.quotes.find((q) => q.slug === slug) ?? null),
      daily: snapshotDailyHistory(slug),
    };
  };
  if (config.source === 'snapshot' || overview.source === 'snapshot') return fromSnapshot();
  const id = getToken(slug)?.coingeckoId ?? slug;
  try {
    const answer = await getCoinGecko(config, `/coins/${encodeURIComponent(id)}/market_chart`, {
      vs_currency: 'usd',
      days: '365',
      interval: 'daily',
    });
    return { source: 'coingecko', asOf: answer.answeredAt, hourly, daily: reshapeMarketChart(answer.body) };
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
