import { expect, test } from '@playwright/test';

// Hundreds of hostile or odd requests against the production server: nothing may answer 5xx.
function hostileRequests(): Array<{ path: string; headers?: Record<string, string> }> {
  const pages = ['/', '/en', '/ru/market', '/es/tokens/render', '/en/tools', '/api/health', '/sitemap.xml'];
  const junk = [
    '%00',
    '%',
    '%%',
    '%E0%A4%A',
    '..%2f..%2fetc%2fpasswd',
    '%2e%2e/%2e%2e/',
    '<script>alert(1)</script>',
    '\'"`',
    '\u202e\u0000',
    '😀🚀',
    'a'.repeat(2000),
    '%ff%fe',
    '/./././',
    '//evil.example.com',
    '\\\\evil',
    '?',
    '#',
    ';',
    'null',
    'undefined',
    'NaN',
    '-1',
    '1e400',
  ];
  const out: Array<{ path: string; headers?: Record<string, string> }> = [];
  for (const j of junk) {
    // A leading // or \\ would make the client itself go elsewhere: those stay below /en.
    if (!/^[/\\]/.test(j)) out.push({ path: `/${j}` });
    out.push({ path: `/en/${j}` }, { path: `/ru/tokens/${j}` }, { path: `/xx-${j}/market` });
    for (const p of pages) out.push({ path: `${p}?q=${j}&demand=${j}&months=${j}&price=${j}` });
  }
  const toolParams = [
    'demand',
    'mint',
    'price',
    'supply',
    'growth',
    'months',
    'gpuPrice',
    'util',
    'take',
    'rewards',
    'tokenPrice',
    'powerW',
    'pue',
    'kwh',
    'hardware',
    'amort',
    'hosting',
    'depinGpu',
    'cloudGpu',
  ];
  for (const p of toolParams) {
    for (const v of ['-1', '0', '1e308', 'abc', '', '%00', 'Infinity', '9'.repeat(400), '0x1F', '1,5']) {
      out.push({ path: `/es/tools?${p}=${encodeURIComponent(v)}` }, { path: `/ru/tools?${p}=${v}` });
    }
  }
  out.push({ path: `/en/tools?${toolParams.map((p) => `${p}=1&${p}=2`).join('&')}` });
  for (const lang of [
    '*',
    'xx',
    'ru;q=abc',
    'zh-Hant-TW,zh;q=0.9',
    ',,,',
    'a'.repeat(500),
    'en;q=1.5,ru;q=-1',
    '\u00ff\u00fe',
  ]) {
    out.push(
      { path: '/', headers: { 'accept-language': lang } },
      { path: '/market', headers: { 'accept-language': lang } },
    );
  }
  for (const cookie of ['NEXT_LOCALE=xx', 'NEXT_LOCALE=../../', `NEXT_LOCALE=${'z'.repeat(1000)}`])
    out.push({ path: '/', headers: { cookie } });
  for (const q of [
    'url=http://169.254.169.254/&w=64&q=75',
    'url=/etc/passwd&w=64&q=75',
    'url=%2F%2Fevil.com%2Fx.png&w=1&q=1',
    'w=99999&q=500',
    'url=/en&w=abc',
    '',
  ]) {
    out.push({ path: `/_next/image?${q}` });
  }
  for (const p of [
    '/_next/static/../../package.json',
    '/_next/static/chunks/nope.js',
    '/api/nope',
    '/api/revalidate/../health',
    '/.env',
    '/.git/config',
    '/en/tokens/render/opengraph-image/x',
  ])
    out.push({ path: p });
  return out;
}

test('hundreds of hostile requests: no 5xx, and the server stays up', async ({ request }) => {
  const requests = hostileRequests();
  expect(requests.length).toBeGreaterThanOrEqual(500);
  const failures: string[] = [];
  for (let i = 0; i < requests.length; i += 10) {
    await Promise.all(
      requests.slice(i, i + 10).map(async ({ path, headers }) => {
        const res = await request
          .get(path, { headers, maxRedirects: 0, failOnStatusCode: false })
          .catch((e: Error) => e);
        if (res instanceof Error) {
          // A path the HTTP client itself refuses to send is not the server's failure.
          if (!/Invalid URL|invalid character|ERR_INVALID/i.test(res.message))
            failures.push(`${path.slice(0, 80)}: ${res.message}`);
        } else if (res.status() >= 500) failures.push(`${path.slice(0, 80)}: ${res.status()}`);
      }),
    );
  }
  expect(failures).toEqual([]);
  expect((await request.get('/api/health')).status()).toBe(200);
});

test('the revalidation endpoint holds its edges, and forged X-Forwarded-For headers buy no extra guesses', async ({
  request,
}) => {
  const auth = { authorization: 'Bearer site-secret' };
  expect((await request.get('/api/revalidate')).status()).toBe(405);
  expect((await request.put('/api/revalidate', { headers: auth })).status()).toBe(405);
  expect((await request.post('/api/revalidate', { headers: auth, data: 'x'.repeat(20_000) })).status()).toBe(413);
  expect(
    (
      await request.post('/api/revalidate', {
        headers: { ...auth, 'x-forwarded-for': '203.0.113.9' },
        data: { scope: 'content' },
      })
    ).status(),
  ).toBe(200);
  // 14 wrong secrets, each with a different forged X-Forwarded-For: this server trusts no proxy
  // (TRUSTED_PROXY_COUNT unset), so the header is ignored and all of them share one budget.
  const statuses: number[] = [];
  for (let i = 0; i < 14; i++) {
    const headers = { authorization: `Bearer guess-${i}`, 'x-forwarded-for': `198.51.100.${i}` };
    statuses.push((await request.post('/api/revalidate', { headers })).status());
  }
  expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
  expect(statuses.slice(10)).toEqual([429, 429, 429, 429]);
  const spent = await request.post('/api/revalidate', { headers: { ...auth, 'x-forwarded-for': '203.0.113.8' } });
  expect(spent.status()).toBe(429);
  expect(Number(spent.headers()['retry-after'])).toBeGreaterThan(0);
});
