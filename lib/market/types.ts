import type { Layer, TokenSlug } from './registry';

export type MarketSource = 'coingecko' | 'snapshot';

export interface TokenQuote {
  slug: TokenSlug;
  priceUsd: number;
  change24h: number | null;
  change7d: number | null;
  change30d: number | null;
  marketCapUsd: number | null;
  fdvUsd: number | null;
  volume24hUsd: number | null;
  circulatingSupply: number | null;
  totalSupply: number | null;
  maxSupply: number | null;
  rank: number | null;
  /** When CoinGecko last updated this coin (ISO). */
  lastUpdated: string;
  /** About 168 hourly prices over the last 7 days, oldest first; empty when unknown. */
  sparkline7d: number[];
}

export interface MarketOverview {
  source: MarketSource;
  /** When this data was answered by its source (ISO): the "as of" time readers see. */
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
