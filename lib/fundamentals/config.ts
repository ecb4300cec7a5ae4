import { readMarketConfig } from '@/lib/market/config';

export const DEFAULT_DEFILLAMA_API_BASE = 'https://api.llama.fi';

export interface FundamentalsConfig {
  /** Live fees and revenue are read only when market data is live (MARKET_DATA_SOURCE=coingecko). */
  live: boolean;
  apiBase: string;
  revalidateSeconds: number;
  timeoutMs: number;
}

export function readFundamentalsConfig(env: Record<string, string | undefined> = process.env): FundamentalsConfig {
  const market = readMarketConfig(env);
  return {
    live: market.source === 'coingecko',
    apiBase: (env.DEFILLAMA_API_BASE || DEFAULT_DEFILLAMA_API_BASE).replace(/\/+$/, ''),
    revalidateSeconds: market.revalidateSeconds,
    timeoutMs: market.timeoutMs,
  };
}
