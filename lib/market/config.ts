import type { MarketSource } from './types';

// Cache tags of market data: one constant, named by every fetch and by the revalidation route.
export const TAGS = {
  market: 'market',
  /** DefiLlama fees and revenue (lib/fundamentals): regenerated on the market period. */
  fundamentals: 'fundamentals',
  /** GPU prices and supply of the compute market (lib/compute): same period, own tag. */
  compute: 'compute',
} as const;

export const DEFAULT_COINGECKO_API_BASE = 'https://api.coingecko.com/api/v3';
export const DEFAULT_REVALIDATE_SECONDS = 3600;
/** Upstream requests give up after this long; a regeneration then keeps the last good page. */
export const UPSTREAM_TIMEOUT_MS = 4000;

export interface MarketConfig {
  source: MarketSource;
  apiBase: string;
  apiKey: string | undefined;
  plan: 'demo' | 'pro';
  revalidateSeconds: number;
  timeoutMs: number;
}

export function readMarketConfig(env: Record<string, string | undefined> = process.env): MarketConfig {
  const seconds = Number.parseInt(env.MARKET_REVALIDATE_SECONDS ?? '', 10);
  return {
    source: env.MARKET_DATA_SOURCE === 'coingecko' ? 'coingecko' : 'snapshot',
    apiBase: (env.COINGECKO_API_BASE || DEFAULT_COINGECKO_API_BASE).replace(/\/+$/, ''),
    apiKey: env.COINGECKO_API_KEY || undefined,
    plan: env.COINGECKO_API_PLAN === 'pro' ? 'pro' : 'demo',
    revalidateSeconds: Number.isFinite(seconds) && seconds > 0 ? seconds : DEFAULT_REVALIDATE_SECONDS,
    timeoutMs: UPSTREAM_TIMEOUT_MS,
  };
}
