import { TAGS } from '@/lib/market/config';
import { CoolDown, getUpstreamJson, type UpstreamAnswer } from '@/lib/upstream';

import type { ComputeConfig } from './config';

// Its own 429 clock: a rate-limited Akash Console never silences CoinGecko, nor the reverse.
export const akashCoolDown = new CoolDown();

/** GET /v1/gpu-prices of the Akash Console API: tagged `compute`, on the market period. */
export function getAkashGpuPrices(config: ComputeConfig): Promise<UpstreamAnswer> {
  return getUpstreamJson({
    event: 'compute.upstream_failure',
    path: '/v1/gpu-prices',
    url: `${config.apiBase}/v1/gpu-prices`,
    timeoutMs: config.timeoutMs,
    revalidateSeconds: config.revalidateSeconds,
    tags: [TAGS.compute],
    coolDown: akashCoolDown,
  });
}
