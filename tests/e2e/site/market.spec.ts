import { expect, test } from '@playwright/test';

const SLUGS = ['render', 'akash', 'io-net', 'filecoin', 'arweave', 'helium', 'wifi-map', 'fetch-ai', 'bittensor'];

test('the market dashboard labels the embedded snapshot and formats figures per locale', async ({ page }) => {
  for (const [locale, price, badge] of [
    ['en', '$1.98', 'Snapshot'],
    ['ru', '1,98 $', 'Снимок'],
    ['es', '1,98 US$', 'Instantánea'],
  ] as const) {
    await page.goto(`/${locale}/market`);
    const row = page.locator('tr[data-token="render"]');
    await expect(row).toContainText(price.replace(' ', '\u00a0'));
    const note = page.locator('header .data-note');
    await expect(note).toHaveAttribute('data-source', 'snapshot');
    await expect(note.locator('.badge')).toHaveText(badge);
    // The note's date is the most recent quote's (a desk record of 2026-10-04 gives only the day).
    await expect(note.locator('time')).toHaveAttribute('datetime', '2026-10-04');
    await expect(note).toContainText('CoinGecko');
    await expect(note).toContainText('Bybit');
    await expect(page.locator('table.token-table tbody tr')).toHaveCount(9);
    // The layer share chart has its table alternative.
    await expect(
      page.getByRole('table', { name: /Market cap by layer|Капитализация по слоям|Capitalización por capa/ }),
    ).toBeVisible();
  }
});

test('the snapshot prices 8 of 9 tokens, each with its own source and date, 7 of them since September 2025', async ({
  page,
}) => {
  await page.goto('/en/market');
  const metas = page.locator('table.token-table tbody tr .quote-meta');
  await expect(metas).toHaveCount(8);
  const dates = await metas.evaluateAll((els) => els.map((el) => el.getAttribute('data-as-of') ?? ''));
  expect(dates.filter((d) => d >= '2025-09-01').length).toBeGreaterThanOrEqual(7);
  // WiFi Map has no public record: an honest "no data", no source.
  const wifi = page.locator('tr[data-token="wifi-map"]');
  await expect(wifi.locator('td').nth(0)).toHaveText('no data');
  // A perpetual-futures close says so, with its own (older) date beside it.
  const helium = page.locator('tr[data-token="helium"] .quote-meta');
  await expect(helium).toContainText('Bybit perpetual futures');
  await expect(helium.locator('time')).toHaveAttribute('datetime', '2025-11-13T23:59:59.999Z');
  await expect(helium.locator('a')).toHaveAttribute(
    'href',
    /github\.com\/jumpotsa\/Bybit_Cross_Momentum\/blob\/.+\/HNTUSDT\.csv$/,
  );
  // A quote of the note's day shows no extra date; its 7-day trend comes from its recorded history.
  await expect(page.locator('tr[data-token="bittensor"] .quote-meta time')).toHaveCount(0);
  await expect(page.locator('tr[data-token="bittensor"] svg.sparkline')).toBeVisible();
  await expect(page.locator('tr[data-token="bittensor"] td').nth(2)).toHaveText(/^[+−-]\d/);
});

test('token pages chart the recorded daily history and name its source: 7 with 180+ days, TAO a year', async ({
  page,
}) => {
  const days: Record<string, number> = {};
  for (const slug of SLUGS) {
    await page.goto(`/en/tokens/${slug}`);
    const source = page.locator('.chart-source');
    days[slug] = (await source.count()) ? Number(await source.getAttribute('data-days')) : 0;
    if (days[slug]) await expect(source.locator('a')).toHaveText(/CoinGecko|Bybit .*perpetual futures|Binance .*spot/);
  }
  expect(Object.values(days).filter((n) => n >= 180).length).toBeGreaterThanOrEqual(7);
  expect(days.bittensor).toBeGreaterThanOrEqual(365);
  expect(days['wifi-map']).toBe(0);

  await page.goto('/es/tokens/helium');
  await expect(page.locator('.chart-source')).toContainText('futuro perpetuo HNTUSDT de Bybit');
  await expect(page.locator('.token-quote .quote-meta')).toContainText('futuro perpetuo HNTUSDT de Bybit');
  await page.goto('/en/tokens/bittensor');
  await page.getByText('Show as table').click();
  await expect(page.locator('.chart-table tbody tr')).toHaveCount(365);
  await expect(page.locator('.chart-table tbody tr').first().locator('time')).toHaveAttribute(
    'datetime',
    '2026-10-02T00:00:00.000Z',
  );
  // The 7d change beside a 2026-10-04 price comes from the CoinGecko series to 2 Oct, and says so.
  await expect(page.locator('.derived-note')).toContainText(
    '7d change computed from the CoinGecko daily series up to October 2, 2026',
  );
});

test('every token page exists in every locale', async ({ request }) => {
  for (const locale of ['en', 'ru', 'es']) {
    for (const slug of SLUGS) {
      const res = await request.get(`/${locale}/tokens/${slug}`);
      expect(res.status(), `${locale}/${slug}`).toBe(200);
      const html = await res.text();
      expect(html).toContain(`lang="${locale}"`);
      expect(html).toContain('class="token-profile"');
    }
  }
});

test('a token page shows figures, the tokenomics model and the translated profile', async ({ page }) => {
  await page.goto('/ru/tokens/render');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('RENDER');
  await expect(page.locator('.token-quote')).toContainText('1,98');
  await expect(page.getByRole('heading', { name: 'Модель токеномики' })).toBeVisible();
  await expect(page.locator('.token-profile h2')).toContainText('Render');
  await expect(page.locator('.token-profile time').first()).toHaveAttribute('datetime', /\d{4}-\d{2}-\d{2}/);
});

test("io.net's page names its USD-targeted model in every locale", async ({ page }) => {
  const names = {
    en: 'USD-targeted emissions with buy-and-burn',
    ru: 'Эмиссия под выплаты в долларах с выкупом и сжиганием',
    es: 'Emisión según un objetivo en dólares, con recompra y quema',
  };
  for (const [locale, name] of Object.entries(names)) {
    await page.goto(`/${locale}/tokens/io-net`);
    await expect(page.locator('section[aria-labelledby="model-title"]')).toContainText(name);
    await expect(page.locator('.token-profile')).toContainText('115');
  }
});

test('a token missing from the snapshot says so instead of inventing figures', async ({ page }) => {
  await page.goto('/en/tokens/wifi-map');
  await expect(page.locator('.token-header')).toContainText('No market data for WIFI');
  await expect(page.locator('.token-history')).toContainText('No price history for WIFI');
});

test('health reports the data source and its age', async ({ request }) => {
  const health = await (await request.get('/api/health')).json();
  expect(health).toMatchObject({ status: 'ok', source: 'snapshot', asOf: '2026-10-04' });
  expect(health.ageSeconds).toBeGreaterThan(0);
});

test('a token page draws its price chart on the server and loads the interactive one on intent', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto('/en/tokens/render');
  const chart = page.locator('.price-history .price-chart');
  // The opening 30 days, drawn without JavaScript, with their low, high and dates.
  await expect(chart.locator('.price-preview polyline')).toHaveCount(1);
  await expect(chart.locator('.price-preview-high')).toContainText('$');
  await expect(chart.getByRole('button', { name: '30 days' })).toHaveAttribute('aria-pressed', 'true');
  await page.waitForLoadState('networkidle');
  await expect(chart.locator('.recharts-wrapper')).toHaveCount(0);
  // A range button is intent: the interactive chart loads with that range.
  await chart.getByRole('button', { name: '1 year' }).click();
  await expect(chart.getByRole('button', { name: '1 year' })).toHaveAttribute('aria-pressed', 'true');
  await expect(chart.locator('.recharts-wrapper')).toBeVisible();
  await expect(chart.locator('.price-preview')).toHaveCount(0);
});
