import { expect, test } from '@playwright/test';

// The site build runs on the recorded Akash answer (2026-09-28T16:18:42.828Z): H100 weighted
// average $2.72 (range $2.04-3.16), 292 GPUs of which 110 available; every other price is a dated
// row of content/data/gpu-prices.ts.

test('the compute page compares DePIN and cloud offers per GPU in three languages', async ({ page }) => {
  for (const [locale, akash, badge, cheapest] of [
    ['en', '$2.72', 'Recorded', 'cheapest bid-derived'],
    ['ru', '2,72\u00a0$', 'Запись', 'дешевле всех по ставкам'],
    ['es', '2,72\u00a0US$', 'Grabado', 'el más barato según pujas'],
  ] as const) {
    await page.goto(`/${locale}/compute`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    const note = page.getByTestId('akash-note').first();
    await expect(note).toHaveAttribute('data-source', 'snapshot');
    await expect(note.locator('.badge')).toHaveText(badge);
    await expect(note.locator('time')).toHaveAttribute('datetime', '2026-09-28T16:18:42.828Z');
    const h100 = page.locator('section[data-gpu="h100"]');
    const akashRow = h100.locator('tr[data-provider="Akash"]');
    await expect(akashRow).toContainText(akash);
    await expect(akashRow).toHaveAttribute('data-cheapest', 'true');
    await expect(akashRow).toContainText(cheapest);
    // An 8-GPU instance is shown per GPU: CoreWeave's $49.24 HGX H100 is $6.16 a GPU-hour.
    await expect(h100.locator('tr[data-provider="CoreWeave"]')).toContainText(locale === 'en' ? '$6.16' : '6,16');
    // Every row names a date and a source link.
    for (const row of await h100.locator('tbody tr').all()) {
      await expect(row.locator('td').nth(5)).not.toBeEmpty();
      await expect(row.locator('a[href^="https://"]')).toHaveCount(1);
    }
    // The chart tells DePIN from cloud by group, not by colour alone.
    await expect(h100.locator('svg.price-bars g[data-network="depin"]')).toHaveCount(1);
    await expect(h100.locator('svg.price-bars g[data-network="cloud"]')).toHaveCount(1);
  }
});

test('the saving is computed from the data, against the cheapest hyperscaler on-demand price', async ({ page }) => {
  await page.goto('/en/compute');
  // Akash $2.72 against Google Cloud's $3.00 (cheaper than AWS $3.90 and Azure $6.98): 9.3 % below.
  await expect(page.locator('section[data-gpu="h100"] [data-testid="gpu-saving"]')).toHaveText(
    'The cheapest DePIN offer, $2.72 per GPU-hour (Akash, bid-derived), is 9.3% below the cheapest hyperscaler on-demand price, $3.00 (Google Cloud).',
  );
  // H200: Render's RNP-021 example ($2.00) against AWS p5en ($63.296 / 8 = $7.91).
  await expect(page.locator('section[data-gpu="h200"] [data-testid="gpu-saving"]')).toContainText('$7.91 (AWS)');
  // No hyperscaler price for the RTX 4090: no saving is claimed.
  await expect(page.locator('section[data-gpu="rtx4090"] [data-testid="gpu-saving"]')).toContainText(
    'No saving is computed',
  );
});

test('Akash supply: total, leased, available and utilization, per model too', async ({ page }) => {
  await page.goto('/en/compute');
  const total = page.getByTestId('supply-total');
  await expect(total.locator('td')).toHaveText(['292', '182', '110', '62.3%']);
  await expect(page.locator('table.supply-table tr[data-gpu="h100"] td')).toHaveText(['68', '53', '15', '77.9%']);
  await expect(page.getByText('For io.net, Render and the other networks no such source exists')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page, its chart and its table render on the server', async ({ page }) => {
    await page.goto('/es/compute');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Precios por hora de GPU: redes DePIN frente a nubes',
    );
    await expect(page.locator('svg.price-bars')).toHaveCount(6);
    await expect(page.locator('section[data-gpu="a100-80gb"] table tbody tr')).toHaveCount(2);
  });
});

test('metadata, hreflang, JSON-LD and the header link', async ({ page, request }) => {
  await page.goto('/ru/compute');
  await expect(page).toHaveTitle(/Цены GPU-часа/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/ru\/compute$/);
  for (const lang of ['en', 'ru', 'es', 'x-default'])
    await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveCount(1);
  const ld = await page.locator('script[type="application/ld+json"]').allTextContents();
  const dataset = ld.map((s) => JSON.parse(s)).find((d) => d['@type'] === 'Dataset');
  expect(dataset.distribution.map((d: { contentUrl: string }) => d.contentUrl)).toEqual([
    expect.stringMatching(/\/data\/gpu-prices\.json$/),
    expect.stringMatching(/\/data\/gpu-prices\.csv$/),
  ]);
  await expect(page.locator('nav.site-nav a[href="/ru/compute"]')).toHaveAttribute('aria-current', 'page');
  const og = await request.get('/ru/compute/opengraph-image');
  expect(og.headers()['content-type']).toBe('image/png');
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('/es/compute');
  expect(sitemap).not.toContain('/data/gpu-prices');
});

test('the downloads carry the figures the page shows', async ({ page, request }) => {
  const json = await request.get('/data/gpu-prices.json');
  expect(json.headers()['content-type']).toContain('application/json');
  const data = await json.json();
  expect(data.asOf).toBe('2026-09-28T16:18:42.828Z');
  const akash = data.offers.find((o: { gpu: string; provider: string }) => o.gpu === 'h100' && o.provider === 'Akash');
  expect(akash).toMatchObject({
    network: 'depin',
    kind: 'bid',
    usdPerGpuHour: 2.72,
    range: { min: 2.04, max: 3.16 },
    date: '2026-09-28',
  });
  expect(data.networks[0]).toMatchObject({
    network: 'Akash',
    gpusTotal: 292,
    gpusAvailable: 110,
    asOf: '2026-09-28T16:18:42.828Z',
  });
  for (const offer of data.offers) expect(offer.date && offer.source.url).toBeTruthy();

  const csv = await request.get('/data/gpu-prices.csv');
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect(csv.headers()['content-disposition']).toContain('gpu-prices.csv');
  const lines = (await csv.text()).trim().split('\n');
  expect(lines[0]).toBe(
    'gpu,provider,network,kind,usdPerGpuHour,rangeMin,rangeMax,variant,region,date,source_title,source_url,verified',
  );
  expect(lines).toHaveLength(data.offers.length + 1);
  expect(lines.some((l) => l.startsWith('h100,CoreWeave,cloud,on-demand,6.155,'))).toBe(true);

  // The page links both downloads.
  await page.goto('/en/compute');
  await expect(page.locator('a[href="/data/gpu-prices.csv"]')).toHaveText('CSV');
  await expect(page.locator('a[href="/data/gpu-prices.json"]')).toHaveText('JSON');
});
