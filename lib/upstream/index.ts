import { logMarketEvent } from '@/lib/market/log';

// The HTTP contract every live data source shares (CoinGecko, DefiLlama, ...): a hard deadline,
// Next's data cache declared at the call, a cool-down after 429, and one structured log line per
// failure. Each source module builds its URL and headers and hands them here.

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

/**
 * After a 429 nobody calls that upstream until Retry-After has passed: no retry storms, the
 * regenerations in between fail fast and keep their last good pages. One per source.
 */
export class CoolDown {
  private until = 0;

  active(now = Date.now()): boolean {
    return now < this.until;
  }

  startFrom(retryAfter: string | null, now = Date.now()): void {
    this.until = now + retryAfterMs(retryAfter, now);
  }

  reset(): void {
    this.until = 0;
  }
}

function retryAfterMs(header: string | null, now: number): number {
  if (!header) return 60_000;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.min(Math.max(seconds, 1), 3600) * 1000;
  const date = Date.parse(header);
  return Number.isFinite(date) ? Math.min(Math.max(date - now, 1000), 3_600_000) : 60_000;
}

/**
 * Rejects after `ms` whatever the request does. Next drops a fetch's `signal` when it refetches a
 * stale cache entry during a regeneration, so the abort signal alone cannot bound a hanging
 * upstream: this deadline does, and the regeneration fails fast and keeps the last good page.
 */
export function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
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

export interface UpstreamRequest {
  /** Event name of the failure log line, e.g. `market.upstream_failure`. */
  event: string;
  /** The path as logged (no host, no key). */
  path: string;
  url: string;
  headers?: Record<string, string>;
  timeoutMs: number;
  revalidateSeconds: number;
  tags: string[];
  coolDown: CoolDown;
}

/** GET a JSON document under the shared contract; throws an UpstreamError (already logged). */
export async function getUpstreamJson(request: UpstreamRequest): Promise<UpstreamAnswer> {
  const { event, path, timeoutMs, coolDown } = request;
  const fail = (kind: UpstreamFailure, message: string, status?: number): never => {
    logMarketEvent(event, { kind, status, path, message });
    throw new UpstreamError(kind, `${path}: ${message}`, status);
  };

  if (coolDown.active()) fail('rate-limited', 'cooling down after 429');

  const started = Date.now();
  let response: Response;
  try {
    response = await withDeadline(
      fetch(request.url, {
        headers: { accept: 'application/json', ...request.headers },
        signal: AbortSignal.timeout(timeoutMs),
        next: { revalidate: request.revalidateSeconds, tags: request.tags },
      }),
      timeoutMs,
    );
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    return name === 'TimeoutError' || name === 'AbortError'
      ? fail('timeout', `no answer within ${timeoutMs} ms`)
      : fail('network', error instanceof Error ? error.message : String(error));
  }

  if (response.status === 429) {
    coolDown.startFrom(response.headers.get('retry-after'));
    fail('rate-limited', `429, retry after ${response.headers.get('retry-after') ?? 'unspecified'}`, 429);
  }
  if (!response.ok) fail('http', `HTTP ${response.status}`, response.status);

  let body: unknown;
  try {
    body = await withDeadline(response.json(), Math.max(timeoutMs - (Date.now() - started), 1));
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    fail(name === 'TimeoutError' ? 'timeout' : 'malformed', 'body is not JSON');
  }
  return { body, answeredAt: answeredAt(response.headers.get('date')) };
}
