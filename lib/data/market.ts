import { z } from 'zod';

import { getToken, LAYERS, TOKENS, type TokenSlug } from '@/lib/market/registry';
import { type DailySeries, type DataSource, historyRowSchema, type MarketOverview } from '@/lib/market/types';

import { columnsOfSchema, toCsv } from './csv';

// The market downloads: /data/market.{json,csv} and /data/tokens/{slug}/history.{json,csv}. Their
// JSON is these zod types, built from the same overview and series the pages render; the CSV
// columns are the schema's keys (a nested `source` becomes sourceName, sourceUrl).

/** A source in a download: one English name that says what the figure is (venue, market, kind) and its record. */
export const downloadSourceSchema = z.object({ name: z.string(), url: z.url() });

/** "CoinGecko", "Bybit AKTUSDT perpetual futures", "Binance FILUSDT spot": a perpetual close is never just a price. */
export function sourceLabel(source: DataSource): string {
  const market = source.market ? ` ${source.market}` : '';
  if (source.kind === 'perpetual') return `${source.name}${market} perpetual futures`;
  if (source.kind === 'spot') return `${source.name}${market} spot`;
  return source.name;
}

const nullableNumber = z.number().finite().nullable();

export const marketRowSchema = z.object({
  slug: z.string(),
  symbol: z.string(),
  name: z.string(),
  layer: z.enum(LAYERS),
  priceUsd: nullableNumber,
  change24h: nullableNumber,
  change7d: nullableNumber,
  marketCapUsd: nullableNumber,
  fdvUsd: nullableNumber,
  volume24hUsd: nullableNumber,
  circulatingSupply: nullableNumber,
  /** This token's own time (ISO date-time, or a date when its record gives only the day). */
  asOf: z.string().nullable(),
  source: downloadSourceSchema.nullable(),
});
export type MarketRow = z.infer<typeof marketRowSchema>;

export const marketDownloadSchema = z.object({
  /** The most recent quote's time. */
  asOf: z.string(),
  /** "coingecko" (live) or "snapshot" (the embedded public records). */
  source: z.enum(['coingecko', 'snapshot']),
  tokens: z.array(marketRowSchema),
});
export type MarketDownload = z.infer<typeof marketDownloadSchema>;

/** Every registry token, in registry order; a token without a quote has nulls, never a guess. */
export function marketDownload(overview: MarketOverview): MarketDownload {
  return {
    asOf: overview.asOf,
    source: overview.source,
    tokens: TOKENS.map((token) => {
      const q = overview.quotes.find((quote) => quote.slug === token.slug);
      return {
        slug: token.slug,
        symbol: token.symbol,
        name: token.name,
        layer: token.layer,
        priceUsd: q?.priceUsd ?? null,
        change24h: q?.change24h ?? null,
        change7d: q?.change7d ?? null,
        marketCapUsd: q?.marketCapUsd ?? null,
        fdvUsd: q?.fdvUsd ?? null,
        volume24hUsd: q?.volume24hUsd ?? null,
        circulatingSupply: q?.circulatingSupply ?? null,
        asOf: q?.asOf ?? null,
        source: q ? { name: sourceLabel(q.source), url: q.source.url } : null,
      };
    }),
  };
}

export const MARKET_COLUMNS = columnsOfSchema(marketRowSchema);

export function marketCsv(download: MarketDownload): string {
  return toCsv(download.tokens, MARKET_COLUMNS);
}

export const historyDownloadSchema = z.object({
  slug: z.string(),
  symbol: z.string(),
  name: z.string(),
  /** The time of the series' last point; null when there is no series. */
  asOf: z.string().nullable(),
  source: downloadSourceSchema.nullable(),
  days: z.array(historyRowSchema),
});
export type HistoryDownload = z.infer<typeof historyDownloadSchema>;

/** One row per recorded day, oldest first, with the series' source on each. */
export function historyDownload(slug: TokenSlug, series: DailySeries | null): HistoryDownload {
  const token = getToken(slug)!;
  const label = series ? sourceLabel(series.source) : '';
  return {
    slug,
    symbol: token.symbol,
    name: token.name,
    asOf: series?.asOf ?? null,
    source: series ? { name: label, url: series.source.url } : null,
    days: (series?.points ?? []).map(([t, priceUsd, marketCapUsd, volumeUsd]) => ({
      date: new Date(t).toISOString().slice(0, 10),
      priceUsd,
      marketCapUsd,
      volumeUsd,
      source: label,
    })),
  };
}

export const HISTORY_COLUMNS = columnsOfSchema(historyRowSchema);

export function historyCsv(download: HistoryDownload): string {
  return toCsv(download.days, HISTORY_COLUMNS);
}
