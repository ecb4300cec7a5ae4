import { type APIRequestContext, expect, test } from '@playwright/test';

// Two instances of one build share their ISR and data cache through a real redis-server
// (tests/e2e/scale-server.mjs). Stand-in RENDER price: 7.11 x version.
const A = 'http://127.0.0.1:3301';
const B = 'http://127.0.0.1:3302';
const STANDIN = 'http://127.0.0.1:3297';
const CONTROL = 'http://127.0.0.1:3300';
const auth = { authorization: 'Bearer scale-secret' };
test.describe.configure({ mode: 'serial' });

async function price(request: APIRequestContext, base: string) {
  const html = await (await request.get(`${base}/en/market`)).text();
  // The price cell may carry the quote's source line after the figure: read up to the first tag.
  return /data-token="render"[\s\S]*?<td class="num">([^<]+)</.exec(html)?.[1] ?? null;
}

async function revalidateAndSee(request: APIRequestContext, version: number, via: string, seenOn: string) {
  await request.post(`${STANDIN}/__control`, { data: { mode: 'ok', version } });
  expect((await request.post(`${via}/api/revalidate`, { headers: auth, data: { scope: 'market' } })).status()).toBe(
    200,
  );
  const expected = `$${(7.11 * version).toFixed(2)}`;
  await expect.poll(() => price(request, seenOn), { timeout: 20_000, intervals: [250, 500, 1000] }).toBe(expected);
  await expect.poll(() => price(request, via), { timeout: 20_000 }).toBe(expected);
}

test('a revalidation on one instance is seen on the other', async ({ request }) => {
  await revalidateAndSee(request, 2, A, B);
  await revalidateAndSee(request, 3, B, A);
});

test('with Redis down both instances keep answering, and they share again when it returns', async ({ request }) => {
  await request.post(`${CONTROL}/redis/stop`);
  for (const base of [A, B]) {
    for (const path of ['/en/market', '/ru', '/es/tokens/render', '/en/tools', '/api/health']) {
      const started = Date.now();
      const res = await request.get(base + path);
      expect(res.status(), `${base}${path}`).toBe(200);
      expect(Date.now() - started).toBeLessThan(3000);
    }
  }
  await request.post(`${CONTROL}/redis/start`);
  await new Promise((r) => setTimeout(r, 2000)); // the clients reconnect with back-off
  await revalidateAndSee(request, 4, A, B);
});

test('a page from one instance hydrates from its payload on the other, which never served it', async ({ request }) => {
  // The second instance has not rendered /ru/glossary since it started: it asks itself for the page
  // (the shared cache gives it the same prerendered bytes) and finds the same payload.
  const html = await (await request.get(`${A}/ru/glossary`)).text();
  const url = /"(\/_payload\/[\w-]{22}\.json\?from=[^"]+)"/.exec(html)?.[1];
  expect(url).toBeDefined();
  const res = await request.get(B + url);
  expect(res.status()).toBe(200);
  expect(((await res.json()) as unknown[][])[0]).toEqual([0]);
});
