import type { MarketConfig } from './config';
import { TAGS } from './config';
import { logMarketEvent } from './log';

export type UpstreamFailure = 'timeout' | 'network' | 'rate-limited' | 'http' | 'malformed' | 'schema';

export class UpstreamError extends Error {
  constructor(
    readonly kind: UpstreamFailure,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'UpstreamError';
  }
}

export interface UpstreamAnswer {
  body: unknown;
  /** When the upstream answered (its Date header): stays true when Next replays a cached fetch. */
  answeredAt: string;
}

// After a 429 nobody calls upstream until Retry-After has passed: no retry storms, the
// regenerations in between fail fast and keep their last good pages.
let coolDownUntil = 0;

export function resetCoolDown(): void {
  coolDownUntil = 0;
}

function retryAfterMs(header: string | null): number {
  if (!header) return 60_000;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.min(Math.max(seconds, 1), 3600) * 1000;
  const date = Date.parse(header);
  return Number.isFinite(date) ? Math.min(Math.max(date - Date.now(), 1000), 3_600_000) : 60_000;
}

/**
 * Rejects after `ms` whatever the request does. Next drops a fetch's `signal` when it refetches a
 * stale cache entry during a regeneration, so the abort signal alone cannot bound a hanging
 * upstream: this deadline does, and the regeneration fails fast and keeps the last good page.
 */
function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DOMException(`no answer within ${ms} ms`, 'TimeoutError')), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

function answeredAt(dateHeader: string | null): string {
  const parsed = dateHeader ? Date.parse(dateHeader) : Number.NaN;
  return new Date(Number.isFinite(parsed) ? parsed : Date.now()).toISOString();
}

/**
 * GET a CoinGecko v3 path. Declares its own caching: tagged `market`, revalidated on the
 * configured period, so every page of one regeneration shares one upstream request.
 */
export async function getCoinGecko(
  config: MarketConfig,
  path: string,
  params: Record<string, string>,
): Promise<UpstreamAnswer> {
  const url = `${config.apiBase}${path}?${new URLSearchParams(params)}`;
  const fail = (kind: UpstreamFailure, message: string, status?: number): never => {
    logMarketEvent('market.upstream_failure', { kind, status, path, message });
    throw new UpstreamError(kind, `${path}: ${message}`, status);
  };

  if (Date.now() < coolDownUntil) fail('rate-limited', 'cooling down after 429');

  const headers: Record<string, string> = { accept: 'application/json' };
  if (config.apiKey) headers[config.plan === 'pro' ? 'x-cg-pro-api-key' : 'x-cg-demo-api-key'] = config.apiKey;

  const started = Date.now();
  let response: Response;
  try {
    response = await withDeadline(fetch(url, {
      headers,
      signal: AbortSignal.timeout(config.timeoutMs),
      next: { revalidate: config.revalidateSeconds, tags: [TAGS.market] },
    }), config.timeoutMs);
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    return name === 'TimeoutError' || name === 'AbortError'
      ? fail('timeout', `no answer within ${config.timeoutMs} ms`)
      : fail('network', error instanceof Error ? error.message : String(error));
  }

  if (response.status === 429) {
    coolDownUntil = Date.now() + retryAfterMs(response.headers.get('retry-after'));
    fail('rate-limited', `429, retry after ${response.headers.get('retry-after') ?? 'unspecified'}`, 429);
  }
  if (!response.ok) fail('http', `HTTP ${response.status}`, response.status);

  let body: unknown;
  try {
    body = await withDeadline(response.json(), Math.max(config.timeoutMs - (Date.now() - started), 1));
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    fail(name === 'TimeoutError' ? 'timeout' : 'malformed', 'body is not JSON');
  }
  return { body, answeredAt: answeredAt(response.headers.get('date')) };
}
