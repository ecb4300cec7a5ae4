import { type APIRequestContext, expect, test } from '@playwright/test';

// Runs against the build made from the CoinGecko stand-in (tests/e2e/live-server.mjs), where
// MARKET_REVALIDATE_SECONDS=4. The stand-in's RENDER price is 7.11 x its version.

const STANDIN = 'http://127.0.0.1:3299';
const SECRET = 'e2e-secret';
test.describe.configure({ mode: 'serial' });

async function control(request: APIRequestContext, body: { mode?: string; version?: number }) {
  await request.post(`${STANDIN}/__control`, { data: body });
}

const price = (version: number) => `$${(7.11 * version).toFixed(2)}`;

async function renderPrice(request: APIRequestContext, path = '/en/market') {
  const started = Date.now();
  const res = await request.get(path);
  const html = await res.text();
  const match =
    /data-token="render"[\s\S]*?<td class="num">([^<]+)</.exec(html) ??
    /class="token-quote-price"[^>]*>([^<]+)</.exec(html);
  return { status: res.status(), ms: Date.now() - started, price: match?.[1] ?? null, html };
}

async function eventually(request: APIRequestContext, expected: string, path = '/en/market', seconds = 30) {
  await expect
    .poll(async () => (await renderPrice(request, path)).price, { timeout: seconds * 1000, intervals: [500, 1000] })
    .toBe(expected);
}

test('live prices appear on every page kind, formatted for each locale', async ({ page, request }) => {
  await control(request, { mode: 'ok', version: 1 });
  for (const [locale, expected] of [
    ['en', '$7.11'],
    ['ru', '7,11\u00a0$'],
    ['es', '7,11\u00a0US$'],
  ] as const) {
    await page.goto(`/${locale}/market`);
    await expect(page.locator('tr[data-token="render"]')).toContainText(expected);
    await expect(page.locator('header .data-note')).toHaveAttribute('data-source', 'coingecko');
    // The stand-in answers io.net under the id "io" (the registry asks for "io-net" and "io").
    await expect(page.locator('tr[data-token="io-net"] td').nth(0)).not.toHaveText('no data');
    await page.goto(`/${locale}`);
    await expect(page.locator('.token-price[data-token="render"]').first()).toContainText(expected);
  }
  await page.goto('/en/tokens/render');
  await expect(page.locator('.token-quote-price')).toHaveText('$7.11');
  // The price-history chart is drawn on the server; the interactive one loads on intent (a range
  // button here); its table alternative is in the HTML.
  await expect(page.locator('.price-chart .price-preview polyline')).toHaveCount(1);
  await page.getByRole('button', { name: '1 year' }).click();
  await expect(page.getByRole('button', { name: '1 year' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.price-chart .recharts-surface').first()).toBeVisible();
  await expect(page.locator('.chart-table tbody tr').first()).toBeAttached();
  // The live history names CoinGecko and downloads as the same series.
  await expect(page.locator('.chart-source a')).toHaveText('CoinGecko');
  const history = await (await request.get('/data/tokens/io-net/history.json')).json();
  expect(history.source).toMatchObject({ name: 'CoinGecko', url: 'https://www.coingecko.com/en/coins/io' });
  expect(history.days.length).toBeGreaterThan(300);
  const market = await (await request.get('/data/market.json')).json();
  expect(market.source).toBe('coingecko');
  expect(market.tokens.find((t: { slug: string }) => t.slug === 'render').priceUsd).toBe(7.11);
  const health = await (await request.get('/api/health')).json();
  expect(health).toMatchObject({ status: 'ok', source: 'coingecko', configuredSource: 'coingecko' });
});

test('the webhook regenerates market pages with new data', async ({ request }) => {
  await control(request, { mode: 'ok', version: 2 });
  const denied = await request.post('/api/revalidate', {
    headers: { authorization: 'Bearer nope' },
    data: { scope: 'market' },
  });
  expect(denied.status()).toBe(401);
  const res = await request.post('/api/revalidate', {
    headers: { authorization: `Bearer ${SECRET}` },
    data: { scope: 'market' },
  });
  expect(res.status()).toBe(200);
  await eventually(request, price(2));
  await eventually(request, price(2), '/en/tokens/render');
});

test('timed revalidation picks up a changed upstream price', async ({ request }) => {
  await control(request, { mode: 'ok', version: 3 });
  await eventually(request, price(3));
});

for (const mode of ['500', '429', 'hang', 'malformed', 'schema']) {
  test(`upstream "${mode}": pages answer fast with the last good price, then recover`, async ({ request }) => {
    await control(request, { mode: 'ok', version: 3 });
    await eventually(request, price(3));
    await control(request, { mode, version: 4 });
    await new Promise((r) => setTimeout(r, 5000)); // past the 4 s revalidation period
    for (let i = 0; i < 4; i++) {
      const answer = await renderPrice(request);
      expect(answer.status).toBe(200);
      expect(answer.ms).toBeLessThan(3000);
      expect(answer.price).toBe(price(3));
      await new Promise((r) => setTimeout(r, 1000));
    }
    await control(request, { mode: 'ok', version: 4 });
    await eventually(request, price(4));
  });
}

test('one invalid entry is dropped while the other tokens update', async ({ request }) => {
  await control(request, { mode: 'invalid-entry', version: 5 });
  await expect
    .poll(async () => (await renderPrice(request)).html.includes('$12.50'), { timeout: 30_000 }) // Filecoin 2.5 x 5
    .toBe(true);
  // RENDER's entry is invalid: its last good price stays.
  expect((await renderPrice(request)).price).toBe(price(4));
  await control(request, { mode: 'ok', version: 5 });
});
