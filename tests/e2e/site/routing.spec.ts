import { expect, test } from '@playwright/test';

test.describe('locale negotiation', () => {
  for (const [header, locale] of [
    ['ru-RU,ru;q=0.9,en;q=0.5', 'ru'],
    ['es-MX,es;q=0.9', 'es'],
    ['en-GB', 'en'],
    ['de-DE,fr;q=0.8', 'en'],
  ] as const) {
    test(`/ with Accept-Language "${header}" redirects to /${locale}`, async ({ request }) => {
      const res = await request.get('/', { headers: { 'accept-language': header }, maxRedirects: 0 });
      expect([307, 308]).toContain(res.status());
      expect(new URL(res.headers().location!, 'http://x').pathname).toBe(`/${locale}`);
    });
  }

  test('/ follows the locale cookie when the header says nothing better', async ({ request }) => {
    const res = await request.get('/', { headers: { cookie: 'NEXT_LOCALE=es' }, maxRedirects: 0 });
    expect(new URL(res.headers().location!, 'http://x').pathname).toBe('/es');
  });
});

test.describe('not found', () => {
  for (const [path, heading] of [
    ['/en/no-such-page', 'Page not found'],
    ['/ru/tokens/no-such-token', 'Страница не найдена'],
    ['/es/market/deep/path', 'Página no encontrada'],
  ] as const) {
    test(`${path} is a localized 404 with a way back`, async ({ page }) => {
      const res = await page.goto(path);
      expect(res?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      const locale = path.split('/')[1];
      await expect(page.locator('main a[href]').first()).toHaveAttribute('href', `/${locale}`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale!);
    });
  }

  for (const [path, heading] of [
    ['/en/no-such-page', 'Page not found'],
    ['/ru/tokens/no-such-token', 'Страница не найдена'],
    ['/es/market/deep/path', 'Página no encontrada'],
  ] as const) {
    test(`${path} answers its 404 page in the first response, without JavaScript`, async ({ request }) => {
      const res = await request.get(path);
      expect(res.status()).toBe(404);
      const html = await res.text();
      expect(html).not.toContain('__next_error__');
      expect(html).toMatch(new RegExp(`<html[^>]* lang="${path.split('/')[1]}"`));
      expect(html).toMatch(new RegExp(`<h1[^>]*>${heading}</h1>`));
      expect(html).toMatch(new RegExp(`<title>${heading}`));
      expect(html).toMatch(/<meta name="robots" content="noindex"/);
    });
  }

  test('an unknown locale ends on a 404 in the negotiated language, never a 500', async ({ request }) => {
    const res = await request.get('/xx/market', { headers: { 'accept-language': 'ru' } });
    expect(res.status()).toBe(404);
    expect(await res.text()).toContain('Страница не найдена');
  });

  test('old tickers redirect to the token page', async ({ request }) => {
    const res = await request.get('/en/tokens/rndr', { maxRedirects: 0 });
    expect(res.status()).toBe(308);
    expect(res.headersArray().find((h) => h.name.toLowerCase() === 'location')?.value).toBe('/en/tokens/render');
    const byId = await request.get('/ru/tokens/render-token', { maxRedirects: 0 });
    expect(byId.headersArray().find((h) => h.name.toLowerCase() === 'location')?.value).toBe('/ru/tokens/render');
  });
});

test('the language switcher keeps the reader on the same page, query included', async ({ page }) => {
  // The query string is carried by script; before hydration the switcher is a plain link.
  const hydrated = () => page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  await page.goto('/en/tools?demand=250000');
  await hydrated();
  await page
    .getByRole('navigation', { name: 'Language' })
    .getByRole('link', { name: /Русский/ })
    .click();
  await expect(page).toHaveURL(/\/ru\/tools\?demand=250000$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await hydrated();
  await page
    .getByRole('navigation', { name: 'Язык' })
    .getByRole('link', { name: /Español/ })
    .click();
  await expect(page).toHaveURL(/\/es\/tools\?demand=250000$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Herramientas de tokenómica');
});

test('choosing a language is remembered for the next visit to /', async ({ page }) => {
  await page.goto('/en/market');
  // The choice is remembered by script; before hydration the switcher is a plain link.
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  await page
    .getByRole('navigation', { name: 'Language' })
    .getByRole('link', { name: /Español/ })
    .click();
  await expect(page).toHaveURL(/\/es\/market$/);
  const res = await page.request.get('/', { maxRedirects: 0, headers: { 'accept-language': 'en' } });
  expect(res.headersArray().find((h) => h.name.toLowerCase() === 'location')?.value).toMatch(/\/es$/);
});
