import { type APIRequestContext, expect, test } from '@playwright/test';

// Against the DefiLlama stand-in (tests/e2e/stand-in/server.mjs): Render's fees are $9,000 a day
// x llamaVersion and its revenue 80% of that, so 30-day revenue is 216,000 x llamaVersion.
// MARKET_REVALIDATE_SECONDS=4 on this server.

const STANDIN = 'http://127.0.0.1:3299';
test.describe.configure({ mode: 'serial' });

const revenue = (version: number) => 9_000 * 0.8 * 30 * version;

async function llama(request: APIRequestContext, body: { llamaMode?: string; llamaVersion?: number }) {
  await request.post(`${STANDIN}/__control`, { data: body });
}

async function shown(request: APIRequestContext) {
  const started = Date.now();
  const json = await request.get('/data/fundamentals.json');
  const data = (await json.json()) as {
    revenueSource: string;
    tokens: { slug: string; revenue30dUsd: number | null; fees30dUsd: number | null; revenueBasis: string }[];
  };
  const render = data.tokens.find((t) => t.slug === 'render');
  const html = await (await request.get('/en/tokens/render')).text();
  const page = /data-figure="revenue30dUsd"><dt>[^<]*<\/dt><dd><data value="([^"]+)"/.exec(html)?.[1];
  return {
    ms: Date.now() - started,
    json: render?.revenue30dUsd ?? null,
    fees: render?.fees30dUsd ?? null,
    basis: render?.revenueBasis,
    page: page ? Number(page) : null,
  };
}

async function eventually(request: APIRequestContext, version: number) {
  await expect
    .poll(
      async () => {
        const s = await shown(request);
        return [s.json, s.page];
      },
      { timeout: 30_000, intervals: [500, 1000] },
    )
    .toEqual([revenue(version), revenue(version)]);
}

test('the 30-day figures DefiLlama answers are the ones the page and the JSON show', async ({ page, request }) => {
  await llama(request, { llamaMode: 'ok', llamaVersion: 1 });
  await eventually(request, 1);
  const now = await shown(request);
  expect(now).toMatchObject({ fees: 9_000 * 30, basis: 'live' });
  await page.goto('/es/tokens/render');
  const section = page.getByTestId('fundamentals');
  await expect(section.locator('[data-figure="revenue30dUsd"] .badge')).toHaveText('en vivo');
  await expect(section.locator('.fundamentals-basis')).toContainText('DefiLlama');
  // The monthly chart's table alternative lists the stand-in's daily revenue summed per month.
  await expect(section.locator('.monthly-chart tbody tr').first()).toBeAttached();
  await page.goto('/en/tokens/bittensor');
  await expect(page.getByTestId('fundamentals').locator('[data-figure="revenue30dUsd"] [data-null-reason]')).toHaveText(
    'no revenue source',
  );
});

for (const mode of ['500', '429', 'hang', 'malformed', 'schema']) {
  test(`DefiLlama "${mode}": the last good figures stay, then update`, async ({ request }) => {
    await llama(request, { llamaMode: 'ok', llamaVersion: 2 });
    await eventually(request, 2);
    await llama(request, { llamaMode: mode, llamaVersion: 3 });
    await new Promise((r) => setTimeout(r, 5000)); // past the 4 s period
    for (let i = 0; i < 3; i++) {
      const s = await shown(request);
      expect(s.ms).toBeLessThan(6000);
      expect([s.json, s.page]).toEqual([revenue(2), revenue(2)]);
      await new Promise((r) => setTimeout(r, 1500));
    }
    await llama(request, { llamaMode: 'ok', llamaVersion: 3 });
    await eventually(request, 3);
  });
}
