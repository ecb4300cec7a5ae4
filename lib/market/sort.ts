import type { TokenQuote } from './types';

// Sort orders of the market table. Every numeric column sorts; the default is market cap, largest
// first. A sort is written `marketCap-desc` in URLs (`/en/market?sort=price-asc`).

export const SORT_KEYS = [
  'price',
  'change24h',
  'change7d',
  'marketCap',
  'fdv',
  'volume',
  'revenue',
  'ps',
  'coverage',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

export interface MarketSort {
  key: SortKey;
  dir: SortDirection;
}

export const DEFAULT_SORT: MarketSort = { key: 'marketCap', dir: 'desc' };

/** The fundamentals columns of a row (lib/fundamentals), when the table shows them. */
export interface FundamentalsFigures {
  revenue30dUsd: number | null;
  priceToSales: number | null;
  issuanceCoverage: number | null;
}

const QUOTE_VALUE: Partial<Record<SortKey, (q: TokenQuote) => number | null>> = {
  price: (q) => q.priceUsd,
  change24h: (q) => q.change24h,
  change7d: (q) => q.change7d,
  marketCap: (q) => q.marketCapUsd,
  fdv: (q) => q.fdvUsd,
  volume: (q) => q.volume24hUsd,
};

const FUNDAMENTALS_VALUE: Partial<Record<SortKey, (f: FundamentalsFigures) => number | null>> = {
  revenue: (f) => f.revenue30dUsd,
  ps: (f) => f.priceToSales,
  coverage: (f) => f.issuanceCoverage,
};

export function sortValue(
  key: SortKey,
  quote: TokenQuote | undefined,
  fundamentals?: FundamentalsFigures,
): number | null {
  const fromQuote = QUOTE_VALUE[key];
  const fromFundamentals = FUNDAMENTALS_VALUE[key];
  const value = fromQuote
    ? quote
      ? fromQuote(quote)
      : null
    : fromFundamentals && fundamentals
      ? fromFundamentals(fundamentals)
      : null;
  return value != null && Number.isFinite(value) ? value : null;
}

export function formatSort(sort: MarketSort): string {
  return `${sort.key}-${sort.dir}`;
}

/** `price-asc` -> the sort; anything else -> null (the route answers 404). */
export function parseSort(value: string | undefined): MarketSort | null {
  const match = /^([A-Za-z0-9]+)-(asc|desc)$/.exec(value ?? '');
  if (!match) return null;
  const key = SORT_KEYS.find((k) => k === match[1]);
  return key ? { key, dir: match[2] as SortDirection } : null;
}

/**
 * Orders rows by one value. Unknown values go last in either direction (a missing market cap is
 * not "smallest"), and ties keep the incoming order, so the result is stable.
 */
export function sortByValue<T>(rows: readonly T[], value: (row: T) => number | null, dir: SortDirection): T[] {
  const sign = dir === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, v: value(row) }))
    .sort((a, b) => {
      if (a.v == null || b.v == null) return a.v == null && b.v == null ? a.index - b.index : a.v == null ? 1 : -1;
      return a.v === b.v ? a.index - b.index : (a.v - b.v) * sign;
    })
    .map(({ row }) => row);
}
