import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/cache', () => ({ revalidateTag: vi.fn(), revalidatePath: vi.fn() }));
const { revalidatePath, revalidateTag } = await import('next/cache');
const { handleRevalidate } = await import('@/lib/revalidate');
const { secretMatches, FailureLimiter } = await import('@/lib/revalidate/secret');

let client = 0;
function post(body: string | null, auth?: string, headers: Record<string, string> = {}) {
  return new Request('http://localhost/api/revalidate', {
    method: 'POST',
    headers: { ...(auth ? { authorization: auth } : {}), 'x-forwarded-for': `10.0.0.${client}`, ...headers },
    body,
  });
}

beforeEach(() => {
  client++;
  vi.mocked(revalidateTag).mockClear();
  vi.mocked(revalidatePath).mockClear();
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
