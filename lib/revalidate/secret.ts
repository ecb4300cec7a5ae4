import { createHash, timingSafeEqual } from 'node:crypto';

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

  retryAfterSeconds(client: string, now = Date.now()): number {
    const recent = (this.failures.get(client) ?? []).filter((t) => now - t < this.windowMs);
    this.failures.set(client, recent);
    if (recent.length < this.limit) return 0;
    return Math.ceil((this.windowMs - (now - recent[0]!)) / 1000);
  }

  recordFailure(client: string, now = Date.now()): void {
    const recent = (this.failures.get(client) ?? []).filter((t) => now - t < this.windowMs);
    recent.push(now);
    this.failures.set(client, recent);
    // Bound memory under a flood of distinct clients.
    if (this.failures.size > 10_000) this.failures.delete(this.failures.keys().next().value!);
  }
}

export function clientKey(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || headers.get('x-real-ip') || 'direct';
}
