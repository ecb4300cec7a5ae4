import { CoolDown, getUpstreamJson, type UpstreamAnswer } from '@/lib/upstream';

import type { MarketConfig } from './config';
import { TAGS } from './config';

export { type UpstreamAnswer, UpstreamError, type UpstreamFailure } from '@/lib/upstream';

const coolDown = new CoolDown();

export function resetCoolDown(): void {
  coolDown.reset();
}

/**
 * GET a CoinGecko v3 path. Declares its own caching: tagged `market`, revalidated on the
 * configured period, so every page of one regeneration shares one upstream request.
 */
export function getCoinGecko(
  config: MarketConfig,
  path: string,
  params: Record<string, string>,
): Promise<UpstreamAnswer> {
  const headers: Record<string, string> = {};
  if (config.apiKey) headers[config.plan === 'pro' ? 'x-cg-pro-api-key' : 'x-cg-demo-api-key'] = config.apiKey;
  return getUpstreamJson({
    event: 'market.upstream_failure',
    path,
    url: `${config.apiBase}${path}?${new URLSearchParams(params)}`,
    headers,
    timeoutMs: config.timeoutMs,
    revalidateSeconds: config.revalidateSeconds,
    tags: [TAGS.market],
    coolDown,
  });
}
