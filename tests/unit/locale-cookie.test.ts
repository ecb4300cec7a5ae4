import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { localeCookie, localeCookieAttributes } from '@/lib/i18n/locale-cookie';

describe('NEXT_LOCALE cookie attributes', () => {
  it('are Secure with SameSite=Lax when SITE_URL is https, and not Secure on plain http', () => {
    expect(localeCookie({ SITE_URL: 'https://example.org' })).toMatchObject({ secure: true, sameSite: 'lax' });
    expect(localeCookieAttributes({ SITE_URL: 'https://example.org' })).toBe(
      'path=/; max-age=31536000; samesite=lax; secure',
    );
    expect(localeCookieAttributes({ SITE_URL: 'http://localhost:3000' })).toBe(
      'path=/; max-age=31536000; samesite=lax',
    );
    expect(localeCookieAttributes({})).not.toContain('secure');
  });
});

describe("next-intl's proxy sets the cookie with the same attributes", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  async function proxyAnswer(siteUrl: string) {
    vi.stubEnv('SITE_URL', siteUrl);
    const { default: proxy } = await import('@/proxy');
    // An unknown locale in the cookie: the proxy falls back to Accept-Language and rewrites the cookie.
    const request = new NextRequest(`${siteUrl}/`, {
      headers: { cookie: 'NEXT_LOCALE=xx', 'accept-language': 'ru-RU,ru;q=0.9', 'sec-fetch-dest': 'document' },
    });
    return proxy(request);
  }

  it('Secure and SameSite=Lax behind an https SITE_URL', async () => {
    const res = await proxyAnswer('https://example.org');
    expect(res.headers.get('location')).toMatch(/\/ru$/);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^NEXT_LOCALE=ru;/);
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/; SameSite=lax/i);
  });

  it('without Secure on plain http (a browser would drop it)', async () => {
    const cookie = (await proxyAnswer('http://localhost:3000')).headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^NEXT_LOCALE=ru;/);
    expect(cookie).not.toMatch(/Secure/i);
  });
});
