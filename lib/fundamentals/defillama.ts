import { TAGS } from '@/lib/market/config';
import { CoolDown, getUpstreamJson, type UpstreamAnswer } from '@/lib/upstream';

import type { FundamentalsConfig } from './config';

export type DefiLlamaDataType = 'dailyFees' | 'dailyRevenue';

const coolDown = new CoolDown();

export function resetDefiLlamaCoolDown(): void {
  coolDown.reset();
}

/**
 * GET DefiLlama's fees summary of one protocol. Tagged `fundamentals` and revalidated on the
 * market period, so the pages of one regeneration share one request per protocol and data type.
 */
export function getFeesSummary(
  config: FundamentalsConfig,
  protocol: string,
  dataType: DefiLlamaDataType,
): Promise<UpstreamAnswer> {
  const path = `/summary/fees/${encodeURIComponent(protocol)}`;
  const params = new URLSearchParams({ dataType, excludeTotalDataChartBreakdown: 'true' });
  return getUpstreamJson({
    event: 'fundamentals.upstream_failure',
    path: `${path}?dataType=${dataType}`,
    url: `${config.apiBase}${path}?${params}`,
    timeoutMs: config.timeoutMs,
    revalidateSeconds: config.revalidateSeconds,
    tags: [TAGS.fundamentals],
    coolDown,
  });
}
