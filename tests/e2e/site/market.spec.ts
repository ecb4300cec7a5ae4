import { expect, test } from '@playwright/test';

const SLUGS = ['render', 'akash', 'io-net', 'filecoin', 'arweave', 'helium', 'wifi-map', 'fetch-ai', 'bittensor'];

test('the market dashboard labels the embedded snapshot and formats figures per locale', async ({ page }) => {
  for (const [locale, price, badge] of [
    ['en', '$10.69', 'Snapshot'],
    ['ru', '10,69 $', 'Снимок'],
    ['es', '10,69 US$', 'Instantánea'],
  ] as const) {
    await page.goto(`/${locale}/market`);
    const row = page.locator('tr[data-token="render"]');
    await expect(row).toContainText(price.replace(' ', '\u00a0'));
    const note = page.locator('header .data-note');
    await expect(note).toHaveAttribute('data-source', 'snapshot');
    await expect(note.locator('.badge')).toHaveText(badge);
    await expect(note.locator('time')).toHaveAttribute('datetime', '2024-06-05T06:47:30.229Z');
    await expect(note.locator('a[href="https://www.coingecko.com"]')).toHaveText('CoinGecko');
    await expect(page.locator('table.token-table tbody tr')).toHaveCount(9);
    // The layer share chart has its table alternative.
    await expect(
      page.getByRole('table', { name: /Market cap by layer|Капитализация по слоям|Capitalización por capa/ }),
    ).toBeVisible();
  }
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
  await expect(page.locator('.token-quote')).toContainText('10,69');
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
  await page.goto('/en/tokens/helium');
  await expect(page.locator('.token-header')).toContainText('No market data for HNT');
});

test('health reports the data source and its age', async ({ request }) => {
  const health = await (await request.get('/api/health')).json();
  expect(health).toMatchObject({ status: 'ok', source: 'snapshot', asOf: '2024-06-05T06:47:30.229Z' });
  expect(health.ageSeconds).toBeGreaterThan(0);
});
