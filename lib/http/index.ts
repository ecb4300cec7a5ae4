import { createHash, timingSafeEqual } from 'node:crypto';

// Helpers of the route handlers: JSON answers, secret checks and the limiter of wrong secrets.

/** A JSON answer no cache keeps. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { 'cache-control': 'no-store', ...headers } });
}

/** Constant-time comparison: both sides are hashed first, so neither length nor content leaks. */
export function secretMatches(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export function bearerToken(header: string | null): string {
  const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
  return match?.[1]?.trim() ?? '';
}

/** The budget every client shares when no client address can be trusted. */
export const SHARED_CLIENT = 'shared';

/** `TRUSTED_PROXY_COUNT`: how many proxies of ours append to X-Forwarded-For (0 when unset or invalid). */
export function trustedProxyCount(value = process.env.TRUSTED_PROXY_COUNT): number {
  const n = Number(value ?? 0);
  return Number.isInteger(n) && n >= 0 && n <= 10 ? n : 0;
}

/**
 * Who the limiter counts a request against. Any client can write X-Forwarded-For, so only the hops
 * our own proxies added are believed: behind N trusted proxies the client is the Nth address from the
 * right (the one our outermost proxy saw). With no trusted proxy, or a request that did not pass
 * through all of them, there is no address to believe and every such request shares one budget.
 */
export function clientKey(headers: Headers, proxies = trustedProxyCount()): string {
  if (proxies === 0) return SHARED_CLIENT;
  const hops = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  const hop = hops[hops.length - proxies];
  return hop && hop.length <= 64 ? hop : SHARED_CLIENT;
}

/**
 * Failed attempts per client in a sliding window. Only failures count, and the window is short,
 * so a guessing client is slowed down while the owner of the right secret is never kept out long.
 */
export class FailureLimiter {
  private failures = new Map<string, number[]>();

  constructor(
    private readonly limit = 10,
    private readonly windowMs = 60_000,
  ) {}

  private recent(client: string, now: number): number[] {
    const recent = (this.failures.get(client) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length) this.failures.set(client, recent);
    else this.failures.delete(client);
    return recent;
  }

  retryAfterSeconds(client: string, now = Date.now()): number {
    const recent = this.recent(client, now);
    const oldest = recent[0];
    if (oldest === undefined || recent.length < this.limit) return 0;
    return Math.ceil((this.windowMs - (now - oldest)) / 1000);
  }

  recordFailure(client: string, now = Date.now()): void {
    this.failures.set(client, [...this.recent(client, now), now]);
    // Bound memory under a flood of distinct clients: forget the oldest one.
    if (this.failures.size > 10_000) {
      const first = this.failures.keys().next();
      if (!first.done) this.failures.delete(first.value);
    }
  }
}
