import { expect, test } from '@playwright/test';

test('the sitemap lists every page in every locale with its alternates', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(urls).toHaveLength(12 * 3);
  expect(urls).toContain('http://localhost:3000/ru/tokens/bittensor');
  expect(xml).toContain('hreflang="x-default"');
  expect(xml).toContain('hreflang="es" href="http://localhost:3000/es/market"');
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Sitemap: http://localhost:3000/sitemap.xml');
});

test('pages carry a localized title, canonical and hreflang alternates', async ({ page }) => {
  await page.goto('/es/market');
  await expect(page).toHaveTitle(/Mercado DePIN/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'http://localhost:3000/es/market');
  for (const lang of ['en', 'ru', 'es', 'x-default']) {
    await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveCount(1);
  }
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{50,}/);
});
