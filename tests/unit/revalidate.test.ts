import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/cache', () => ({ revalidateTag: vi.fn(), revalidatePath: vi.fn() }));
const { revalidatePath, revalidateTag } = await import('next/cache');
const { handleRevalidate } = await import('@/lib/revalidate');
const { clientKey, FailureLimiter, secretMatches, SHARED_CLIENT, trustedProxyCount } = await import('@/lib/http');
const { enableDraft } = await import('@/lib/draft');

let client = 0;
function post(body: string | null, auth?: string, headers: Record<string, string> = {}) {
  return new Request('http://localhost/api/revalidate', {
    method: 'POST',
    headers: { ...(auth ? { authorization: auth } : {}), 'x-forwarded-for': `10.0.0.${client}`, ...headers },
    body,
  });
}

// Each test starts in a fresh limiter window; most run behind one trusted proxy, as deployed.
let clock = Date.parse('2026-12-01T00:00:00Z');
beforeEach(() => {
  client++;
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime((clock += 3_600_000));
  process.env.TRUSTED_PROXY_COUNT = '1';
  vi.mocked(revalidateTag).mockClear();
  vi.mocked(revalidatePath).mockClear();
});
afterAll(() => {
  vi.useRealTimers();
  delete process.env.TRUSTED_PROXY_COUNT;
});

describe('POST /api/revalidate', () => {
  it('does not exist without a configured secret', async () => {
    expect((await handleRevalidate(post('{}', 'Bearer x'), undefined)).status).toBe(404);
  });

  it('answers 401 to a missing or wrong secret and revalidates nothing', async () => {
    expect((await handleRevalidate(post('{}'), 's3cret')).status).toBe(401);
    expect((await handleRevalidate(post('{}', 'Bearer wrong'), 's3cret')).status).toBe(401);
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it('revalidates the market tag with stale-while-revalidate for scope market', async () => {
    const res = await handleRevalidate(post('{"scope":"market"}', 'Bearer s3cret'), 's3cret');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ revalidated: true, scope: 'market' });
    expect(revalidateTag).toHaveBeenCalledWith('market', 'max');
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it('revalidates everything by default, and every localized page for content', async () => {
    await handleRevalidate(post(null, 'Bearer s3cret'), 's3cret');
    expect(revalidateTag).toHaveBeenCalledWith('market', 'max');
    expect(revalidatePath).toHaveBeenCalledWith('/[locale]', 'layout');
    vi.mocked(revalidateTag).mockClear();
    await handleRevalidate(post('{"scope":"content"}', 'Bearer s3cret'), 's3cret');
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it('rejects unknown scopes, non-JSON and oversized bodies', async () => {
    expect((await handleRevalidate(post('{"scope":"everything"}', 'Bearer s3cret'), 's3cret')).status).toBe(400);
    expect((await handleRevalidate(post('scope=market', 'Bearer s3cret'), 's3cret')).status).toBe(400);
    expect((await handleRevalidate(post('x'.repeat(10_000), 'Bearer s3cret'), 's3cret')).status).toBe(413);
  });

  it('rate-limits a client that keeps guessing, with Retry-After', async () => {
    for (let i = 0; i < 10; i++) await handleRevalidate(post('{}', `Bearer guess${i}`), 's3cret');
    const res = await handleRevalidate(post('{}', 'Bearer guess'), 's3cret');
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('the limiter believes only the hops of trusted proxies', () => {
  const forged = (i: number) => `198.51.100.${i}`;

  it('with no trusted proxy, forged X-Forwarded-For headers share one budget: the 11th wrong secret gets 429', async () => {
    process.env.TRUSTED_PROXY_COUNT = '';
    const statuses: number[] = [];
    for (let i = 0; i < 14; i++) {
      const res = await handleRevalidate(post('{}', `Bearer guess${i}`, { 'x-forwarded-for': forged(i) }), 's3cret');
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual([429, 429, 429, 429]);
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it('behind one proxy, rotating the forged part in front of the hop it added changes nothing', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 14; i++) {
      const xff = `${forged(i)}, 203.0.113.7`;
      statuses.push(
        (await handleRevalidate(post('{}', `Bearer guess${i}`, { 'x-forwarded-for': xff }), 's3cret')).status,
      );
    }
    expect(statuses.slice(10)).toEqual([429, 429, 429, 429]);
    // Another client (another address added by the proxy) with the right secret is not locked out.
    const other = post('{}', 'Bearer s3cret', { 'x-forwarded-for': `${forged(1)}, 203.0.113.8` });
    expect((await handleRevalidate(other, 's3cret')).status).toBe(200);
  });

  it('GET /api/draft keys its limiter the same way', async () => {
    process.env.TRUSTED_PROXY_COUNT = '0';
    const statuses: number[] = [];
    for (let i = 0; i < 14; i++) {
      const request = new Request('http://localhost/api/draft?secret=guess&path=/en', {
        headers: { 'x-forwarded-for': forged(i) },
      });
      statuses.push((await enableDraft(request, 'draft-secret')).status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual([429, 429, 429, 429]);
  });

  it('takes the Nth address from the right behind N proxies, and the shared budget when hops are missing', () => {
    const h = (xff?: string) => new Headers(xff === undefined ? {} : { 'x-forwarded-for': xff });
    expect(clientKey(h('1.1.1.1'), 0)).toBe(SHARED_CLIENT);
    expect(clientKey(h('6.6.6.6, 1.1.1.1'), 1)).toBe('1.1.1.1');
    expect(clientKey(h('6.6.6.6, 1.1.1.1, 10.0.0.2'), 2)).toBe('1.1.1.1');
    expect(clientKey(h('1.1.1.1'), 2)).toBe(SHARED_CLIENT);
    expect(clientKey(h(), 1)).toBe(SHARED_CLIENT);
    expect(clientKey(h('x'.repeat(500)), 1)).toBe(SHARED_CLIENT);
    expect([trustedProxyCount('2'), trustedProxyCount('-1'), trustedProxyCount('1.5'), trustedProxyCount('')]).toEqual([
      2, 0, 0, 0,
    ]);
  });
});

describe('secret helpers', () => {
  it('compares secrets of any length without throwing', () => {
    expect(secretMatches('abc', 'abc')).toBe(true);
    expect(secretMatches('abc', 'abcd')).toBe(false);
    expect(secretMatches('', 'abc')).toBe(false);
  });

  it('forgets failures after the window, so the right secret is not locked out for long', () => {
    const limiter = new FailureLimiter(2, 1000);
    limiter.recordFailure('a', 0);
    limiter.recordFailure('a', 10);
    expect(limiter.retryAfterSeconds('a', 20)).toBe(1);
    expect(limiter.retryAfterSeconds('b', 20)).toBe(0);
    expect(limiter.retryAfterSeconds('a', 1500)).toBe(0);
  });
});
