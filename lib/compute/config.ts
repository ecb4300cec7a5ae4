import { DEFAULT_REVALIDATE_SECONDS, UPSTREAM_TIMEOUT_MS } from '@/lib/market/config';

export const DEFAULT_AKASH_CONSOLE_API_BASE = 'https://console-api.akash.network';

export interface ComputeConfig {
  /** `akash`: the live Console API; `snapshot`: the recorded answer shipped in the repo. */
  source: 'akash' | 'snapshot';
  apiBase: string;
  /** The market data's period (MARKET_REVALIDATE_SECONDS): GPU prices regenerate with it. */
  revalidateSeconds: number;
  timeoutMs: number;
}

export function readComputeConfig(env: Record<string, string | undefined> = process.env): ComputeConfig {
  const seconds = Number.parseInt(env.MARKET_REVALIDATE_SECONDS ?? '', 10);
  return {
    source: env.COMPUTE_DATA_SOURCE === 'akash' ? 'akash' : 'snapshot',
    apiBase: (env.AKASH_CONSOLE_API_BASE || DEFAULT_AKASH_CONSOLE_API_BASE).replace(/\/+$/, ''),
    revalidateSeconds: Number.isFinite(seconds) && seconds > 0 ? seconds : DEFAULT_REVALIDATE_SECONDS,
    timeoutMs: UPSTREAM_TIMEOUT_MS,
  };
}
