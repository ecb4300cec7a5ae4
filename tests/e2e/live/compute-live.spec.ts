import { type APIRequestContext, expect, test } from '@playwright/test';

// Runs against the build made from the stand-in (tests/e2e/live-server.mjs: COMPUTE_DATA_SOURCE=akash,
// MARKET_REVALIDATE_SECONDS=4). The stand-in's Akash H100 weighted average is 1.5 x its Akash
// version, with 10 + version of its 40 H100s available.

const STANDIN = 'http://127.0.0.1:3299';
test.describe.configure({ mode: 'serial' });

async function akash(request: APIRequestContext, body: { mode: string; version: number }) {
  await request.post(`${STANDIN}/__control`, { data: { akash: body } });
}

const usd = (version: number) => `$${(1.5 * version).toFixed(2)}`;

async function shown(request: APIRequestContext) {
  const started = Date.now();
  const res = await request.get('/en/compute');
  const html = await res.text();
  const row =
    /<section[^>]*data-gpu="h100"[\s\S]*?<tr[^>]*data-provider="Akash"[\s\S]*?class="offer-price">([^<]+)</.exec(html);
  return { status: res.status(), ms: Date.now() - started, price: row?.[1] ?? null, html };
}

async function downloaded(request: APIRequestContext) {
  const data = await (await request.get('/data/gpu-prices.json')).json();
  const h100 = data.offers.find((o: { gpu: string; provider: string }) => o.gpu === 'h100' && o.provider === 'Akash');
  return { price: h100?.usdPerGpuHour ?? null, available: data.networks[0]?.gpusAvailable ?? null, data };
}

async function eventually(request: APIRequestContext, version: number) {
  await expect
    .poll(async () => (await shown(request)).price, { timeout: 30_000, intervals: [500, 1000] })
    .toBe(usd(version));
  await expect
    .poll(async () => (await downloaded(request)).price, { timeout: 30_000, intervals: [500, 1000] })
    .toBe(+(1.5 * version).toFixed(4));
}

test("the stand-in's Akash prices and supply are what the page and the JSON show", async ({ page, request }) => {
  await akash(request, { mode: 'ok', version: 2 });
  await eventually(request, 2);
  await page.goto('/en/compute');
  await expect(page.getByTestId('akash-note')).toHaveAttribute('data-source', 'live');
  const h100 = page.locator('section[data-gpu="h100"] tr[data-provider="Akash"]');
  await expect(h100).toContainText('$3.00');
  await expect(h100).toContainText('$2.40–$3.90');
  // Supply: 66 GPUs; available = (10 + 2) + 4 + 8 + 1 = 25.
  await expect(page.getByTestId('supply-total').locator('td')).toHaveText(['66', '41', '25', '62.1%']);
  await expect(page.locator('table.supply-table tr[data-gpu="h100"] td')).toHaveText(['40', '28', '12', '70%']);
  // price: null is no offer: the H200 has none from Akash.
  await expect(page.locator('section[data-gpu="h200"] tr[data-provider="Akash"]')).toHaveCount(0);
  const { data, available } = await downloaded(request);
  expect(available).toBe(25);
  expect(data.networks[0]).toMatchObject({ network: 'Akash', gpusTotal: 66, source: 'live' });
  // The CSV is its own ISR answer: it catches up on the same period.
  await expect
    .poll(
      async () =>
        (await (await request.get('/data/gpu-prices.csv')).text()).includes(
          'h100,Akash,depin,bid,3,2.4,3.9,SXM5 80 GB,',
        ),
      { timeout: 30_000, intervals: [500, 1000] },
    )
    .toBe(true);
});

for (const mode of ['500', '429', 'hang', 'malformed', 'schema']) {
  test(`Akash "${mode}": the page and the JSON keep the last good prices, then recover`, async ({ request }) => {
    await akash(request, { mode: 'ok', version: 3 });
    await eventually(request, 3);
    await akash(request, { mode, version: 4 });
    await new Promise((r) => setTimeout(r, 5000)); // past the 4 s revalidation period
    for (let i = 0; i < 3; i++) {
      const page = await shown(request);
      expect(page.status).toBe(200);
      expect(page.ms).toBeLessThan(3000);
      expect(page.price).toBe(usd(3));
      expect((await downloaded(request)).price).toBe(4.5);
      await new Promise((r) => setTimeout(r, 1000));
    }
    await akash(request, { mode: 'ok', version: 4 });
    await eventually(request, 4);
  });
}

test('an outlier headline is withheld and the last good price stands in, dated', async ({ request }) => {
  await akash(request, { mode: 'ok', version: 5 });
  await eventually(request, 5);
  await akash(request, { mode: 'outlier', version: 6 });
  // The answer's own figures arrive (10 + 6 of 40 H100s available) with the headline withheld.
  await expect
    .poll(async () => (await shown(request)).html.includes('class="gpu-withheld"'), { timeout: 30_000 })
    .toBe(true);
  const page = await shown(request);
  expect(page.price).toBe(usd(5));
  expect(page.html).toContain('Its last good price, of');
  expect(page.html).toMatch(
    /data-gpu="h100"><th scope="row">H100 80 GB SXM5<\/th><td class="num">40<\/td><td class="num">24<\/td><td class="num">16<\/td>/,
  );
  expect((await downloaded(request)).price).toBe(7.5);
  await akash(request, { mode: 'ok', version: 6 });
  await eventually(request, 6);
});
