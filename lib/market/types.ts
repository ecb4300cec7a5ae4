import { z } from 'zod';

import { type Layer, TOKEN_SLUGS, type TokenSlug } from './registry';

// Domain types of market data. They are zod schemas, so one definition serves the pages, the
// embedded snapshot (validated when it is read) and the /data downloads (whose JSON is these types).

export type MarketSource = 'coingecko' | 'snapshot';

/** What a figure is: an aggregate of many venues (CoinGecko), one exchange's spot market, or a perpetual future. */
export const SOURCE_KINDS = ['aggregate', 'spot', 'perpetual'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Where a figure comes from: who published it, what kind of price it is, and the public record or API. */
export const dataSourceSchema = z.object({
  /** The publisher readers know: "CoinGecko", "Bybit", "Binance". */
  name: z.string().min(1),
  kind: z.enum(SOURCE_KINDS),
  /** The public record it was copied from, or the API page for live data. */
  url: z.url(),
  /** The market on that venue, e.g. "AKTUSDT" (null for an aggregate). */
  market: z.string().nullable(),
});
export type DataSource = z.infer<typeof dataSourceSchema>;

/** ISO 8601: a date-time, or a plain date when the record only gives the day. */
const isoTime = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);

/** A field computed from a daily series rather than reported with the quote: which series, up to when. */
export const fieldSourceSchema = z.object({ asOf: isoTime, source: dataSourceSchema });
export type FieldSource = z.infer<typeof fieldSourceSchema>;

const usd = z.number().finite().nonnegative().nullable();
const percent = z.number().finite().nullable();

export const tokenQuoteSchema = z.object({
  slug: z.enum(TOKEN_SLUGS),
  priceUsd: z.number().finite().nonnegative(),
  change24h: percent,
  change7d: percent,
  change30d: percent,
  marketCapUsd: usd,
  fdvUsd: usd,
  volume24hUsd: usd,
  circulatingSupply: usd,
  totalSupply: usd,
  maxSupply: usd,
  rank: z.number().int().positive().nullable(),
  /** When this quote's source recorded it (ISO): each quote has its own. */
  asOf: isoTime,
  source: dataSourceSchema,
  /** 7 days of prices, oldest first (hourly when live, daily closes from a recorded series); empty when unknown. */
  sparkline7d: z.array(z.number().finite()),
  /** Fields that were not reported with the quote but computed from a daily series, with that series' end and source. */
  derived: z.partialRecord(z.enum(['change24h', 'change7d', 'sparkline7d']), fieldSourceSchema),
});
export type TokenQuote = z.infer<typeof tokenQuoteSchema>;

export interface MarketOverview {
  source: MarketSource;
  /** When this data was answered by its source (ISO): for the snapshot, its most recent quote. */
  asOf: string;
  /** Quotes in registry order; tokens without valid data are listed in `missing`. */
  quotes: TokenQuote[];
  missing: TokenSlug[];
}

export interface PricePoint {
  /** Unix time in milliseconds. */
  t: number;
  price: number;
}

/** One day of a token's history, as the page's table and the history download show it. */
export const historyRowSchema = z.object({
  /** The UTC day (YYYY-MM-DD). */
  date: z.iso.date(),
  priceUsd: z.number().finite().nonnegative(),
  marketCapUsd: usd,
  volumeUsd: usd,
  /** Short name of the series, e.g. "CoinGecko" or "Bybit perpetual". */
  source: z.string().min(1),
});
export type HistoryRow = z.infer<typeof historyRowSchema>;

/** A daily series of one token from one source. */
export const dailySeriesSchema = z.object({
  source: dataSourceSchema,
  /** The time of the last point (ISO). */
  asOf: isoTime,
  /** [unix ms, price, market cap | null, volume in USD (or USDT) | null], oldest first, one per UTC day. */
  points: z.array(z.tuple([z.number().int(), z.number().finite().nonnegative(), usd, usd])),
});
export type DailySeries = z.infer<typeof dailySeriesSchema>;

export interface LayerSummary {
  layer: Layer;
  marketCapUsd: number;
  /** Market-cap weighted 24h change in percent, null when no token of the layer reports one. */
  change24h: number | null;
  /** Share of the tracked total market cap, 0..1. */
  share: number;
  quotes: TokenQuote[];
}

export const HISTORY_RANGES = [7, 30, 90, 365] as const;

/** lib/market/snapshot/snapshot.json, written by `npm run data:build` from data/records. */
export const snapshotFileSchema = z.object({
  /** The most recent quote's time. */
  asOf: isoTime,
  quotes: z.array(tokenQuoteSchema),
  history: z.partialRecord(z.enum(TOKEN_SLUGS), dailySeriesSchema),
});
export type SnapshotFile = z.infer<typeof snapshotFileSchema>;
