import { expect, test } from '@playwright/test';

// Offline (the embedded snapshot): fundamentals come from the issuance registry and the reported
// figures in lib/fundamentals. Akash's reported Q1 2026 lease revenue is $253,250 over 90 days.
const AKASH_30D = (253_250 * 30) / 90;

interface Row {
  slug: string;
  marketCapUsd: number | null;
  fdvUsd: number | null;
  circulatingSupply: number | null;
  priceUsd: number | null;
  revenue30dUsd: number | null;
  annualizedRevenueUsd: number | null;
  issuance30dTokens: number | null;
  issuance30dUsd: number | null;
  issuanceCoverage: number | null;
  priceToSales: number | null;
  fdvToRevenue: number | null;
  annualDilution: number | null;
  revenueBasis: string | null;
  revenuePeriod: { start: string; end: string } | null;
  sources: { title: string; url: string }[];
  asOf: string;
}

const close = (a: number | null, b: number | null) =>
  a == null || b == null ? a === b : Math.abs(a - b) <= Math.abs(b) * 1e-9;

test('a token page shows its fundamentals, labelled reported with the period, in three languages', async ({ page }) => {
  for (const [locale, title, badge, summary] of [
    ['en', 'Fundamentals', 'reported', 'What each figure counts'],
    ['ru', 'Фундаментальные показатели', 'из отчёта', 'Что считает каждый показатель'],
    ['es', 'Fundamentales', 'publicado', 'Qué cuenta cada cifra'],
  ] as const) {
    await page.goto(`/${locale}/tokens/akash`);
    const section = page.getByTestId('fundamentals');
    await expect(section.getByRole('heading', { level: 2 })).toHaveText(title);
    const revenue = section.locator('[data-figure="revenue30dUsd"] dd');
    expect(Number(await revenue.locator('data').getAttribute('value'))).toBeCloseTo(AKASH_30D, 2);
    await expect(revenue.locator('.badge')).toHaveText(badge);
    await expect(section.locator('.fundamentals-basis[data-basis="reported"]')).toContainText(
      locale === 'en' ? 'March 31, 2026' : '2026',
    );
    // No documented AKT issuance rate: coverage says why instead of a number.
    await expect(
      section.locator('[data-figure="issuanceCoverage"] [data-null-reason="no-issuance-schedule"]'),
    ).toBeVisible();
    await section.locator('summary').click();
    await expect(section.locator('summary')).toHaveText(summary);
    await expect(section.getByTestId('revenue-definition')).toContainText('Messari');
    await expect(section.locator('a[href="https://www.ownyourmind.ai/projects/akash/"]')).toBeVisible();
  }
});

test('issuance comes from the protocol documents with its start date and source', async ({ page }) => {
  await page.goto('/es/tokens/bittensor');
  const section = page.getByTestId('fundamentals');
  expect(Number(await section.locator('[data-figure="issuance30dTokens"] data').getAttribute('value'))).toBe(108_000);
  await expect(section.getByTestId('issuance-basis')).toContainText('3.600 TAO al día');
  await expect(section.getByTestId('issuance-basis')).toContainText('diciembre de 2025');
  await expect(section.locator('a[href="https://docs.taostats.io/docs/tao-emission"]')).toBeVisible();
  await page.goto('/en/tokens/helium');
  await expect(page.getByTestId('fundamentals').locator('.callout')).toContainText('196,000 HNT a day');
});

test('fundamentals.json: every ratio is consistent with its parts, sources and periods given', async ({ request }) => {
  const res = await request.get('/data/fundamentals.json');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('application/json');
  const data = (await res.json()) as { asOf: string; tokens: Row[] };
  expect(data.tokens.map((t) => t.slug)).toEqual([
    'render',
    'akash',
    'io-net',
    'filecoin',
    'arweave',
    'helium',
    'wifi-map',
    'fetch-ai',
    'bittensor',
  ]);
  const reported = data.tokens.filter((t) => t.revenueBasis === 'reported');
  expect(reported.length).toBeGreaterThanOrEqual(4);
  for (const t of reported) expect(t.revenuePeriod, t.slug).not.toBeNull();
  expect(data.tokens.filter((t) => t.issuance30dTokens != null).map((t) => t.slug)).toEqual(
    expect.arrayContaining(['render', 'filecoin', 'arweave', 'helium', 'bittensor']),
  );
  for (const t of data.tokens) {
    if (t.revenue30dUsd != null || t.issuance30dTokens != null) expect(t.sources.length, t.slug).toBeGreaterThan(0);
    const annual = t.revenue30dUsd == null ? null : (t.revenue30dUsd * 365) / 30;
    expect(close(t.annualizedRevenueUsd, annual), `${t.slug} annualized`).toBe(true);
    if (t.priceToSales != null)
      expect(close(t.priceToSales, t.marketCapUsd! / t.annualizedRevenueUsd!), `${t.slug} P/S`).toBe(true);
    if (t.fdvToRevenue != null)
      expect(close(t.fdvToRevenue, t.fdvUsd! / t.annualizedRevenueUsd!), `${t.slug} FDV/revenue`).toBe(true);
    if (t.issuance30dUsd != null)
      expect(close(t.issuance30dUsd, t.issuance30dTokens! * t.priceUsd!), `${t.slug} issued USD`).toBe(true);
    if (t.issuanceCoverage != null)
      expect(close(t.issuanceCoverage, t.revenue30dUsd! / t.issuance30dUsd!), `${t.slug} coverage`).toBe(true);
    if (t.annualDilution != null)
      expect(
        close(t.annualDilution, (t.issuance30dTokens! * 365) / 30 / t.circulatingSupply!),
        `${t.slug} dilution`,
      ).toBe(true);
  }
});

test('the market table and the CSV show the same figures as the JSON', async ({ page, request }) => {
  const data = (await (await request.get('/data/fundamentals.json')).json()) as { tokens: Row[] };
  await page.goto('/ru/market');
  for (const t of data.tokens) {
    const cell = page.locator(`tr[data-token="${t.slug}"] td[data-figure="revenue30dUsd"]`);
    if (t.revenue30dUsd == null) await expect(cell.locator('[data-null-reason]')).toHaveText('нет источника выручки');
    else expect(Number(await cell.locator('data').getAttribute('value'))).toBeCloseTo(t.revenue30dUsd, 2);
  }
  const csv = await request.get('/data/fundamentals.csv');
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const lines = (await csv.text()).trim().split('\n');
  expect(lines[0]).toMatch(/^slug,priceUsd,marketCapUsd,fdvUsd,circulatingSupply,revenue30dUsd,/);
  expect(lines).toHaveLength(10);
  const akash = lines.find((l) => l.startsWith('akash,'))!.split(',');
  expect(Number(akash[5])).toBeCloseTo(AKASH_30D, 2);
  expect(await (await request.get('/sitemap.xml')).text()).not.toContain('fundamentals');
});
