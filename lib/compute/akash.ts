import { TAGS } from '@/lib/market/config';
import { getUpstreamJson, type UpstreamAnswer } from '@/lib/upstream/http';
import type { ComputeConfig } from './config';

/** GET /v1/gpu-prices of the Akash Console API: tagged `compute`, on the market period. */
export function getAkashGpuPrices(config: ComputeConfig): Promise<UpstreamAnswer> {
  return getUpstreamJson({
    source: 'compute',
    url: `${config.apiBase}/v1/gpu-prices`,
    path: '/v1/gpu-prices',
    timeoutMs: config.timeoutMs,
    revalidateSeconds: config.revalidateSeconds,
    tags: [TAGS.compute],
  });
}
