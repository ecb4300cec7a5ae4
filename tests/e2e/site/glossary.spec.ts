import { expect, test } from '@playwright/test';

const LOCALES = ['en', 'ru', 'es'] as const;
// One term per locale whose anchor must exist, and the preferred wording it shows.
const TERM = {
  en: 'burn-and-mint equilibrium',
  ru: 'равновесие сжигания и выпуска',
  es: 'equilibrio de quema y acuñación',
};

for (const locale of LOCALES) {
  test(`${locale}: the glossary gives each term an anchor on its <dt> and DefinedTermSet data`, async ({ page }) => {
    await page.goto(`/${locale}/glossary`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    const ids = await page.locator('dl.glossary dt[id]').evaluateAll((els) => els.map((e) => e.id));
    expect(ids.length).toBeGreaterThanOrEqual(25);
    expect(ids).toContain('burn-and-mint-equilibrium');
    await expect(page.locator('dt#burn-and-mint-equilibrium')).toContainText(TERM[locale]);
    const ld = await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((els) => els.map((e) => JSON.parse(e.textContent ?? '{}')));
    const set = ld.find((b) => b['@type'] === 'DefinedTermSet');
    expect(set.inLanguage).toBe(locale);
    expect(set.hasDefinedTerm).toHaveLength(ids.length);
    expect(set.hasDefinedTerm.map((t: { url: string }) => t.url.split('#')[1]).sort()).toEqual([...ids].sort());
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      `http://localhost:3000/${locale}/glossary`,
    );
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
      'href',
      'http://localhost:3000/en/glossary',
    );
  });

  test(`${locale}: guide sections link the first use of a term into the glossary`, async ({ page }) => {
    await page.goto(`/${locale}`);
    const links = page.locator('#tokenomics a[href^="/' + locale + '/glossary#"]');
    const hrefs = await links.evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(3);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(
      await page.locator('h2 a[href*="/glossary#"], h3 a[href*="/glossary#"], h4 a[href*="/glossary#"]').count(),
    ).toBe(0);
    // Following a link lands on the term it names.
    const href = hrefs[0]!;
    await page.goto(href);
    await expect(page.locator(`dt#${href.split('#')[1]}`)).toBeVisible();
  });

  test(`${locale}: updates are dated with <time datetime>, newest first, and link to their sections`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/updates`);
    const items = page.locator('.update-list > li');
    expect(await items.count()).toBeGreaterThanOrEqual(10);
    const dates = await page
      .locator('.update-list > li time')
      .evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
    expect(dates.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
    expect([...dates].sort().reverse()).toEqual(dates);
    const targets = await page
      .locator('.update-list > li a')
      .evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
    expect(targets.every((h) => h.startsWith(`/${locale}`))).toBe(true);
    expect(targets).toContain(`/${locale}/glossary`);
    await expect(page.locator(`a[type="application/atom+xml"]`)).toHaveAttribute('href', `/${locale}/feed.xml`);
  });

  test(`${locale}: the Atom feed is served and every page's head links it`, async ({ page, request }) => {
    for (const path of [
      `/${locale}`,
      `/${locale}/market`,
      `/${locale}/glossary`,
      `/${locale}/updates`,
      `/${locale}/no-such-page`,
    ]) {
      await page.goto(path);
      await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]'), path).toHaveAttribute(
        'href',
        `http://localhost:3000/${locale}/feed.xml`,
      );
    }
    const res = await request.get(`/${locale}/feed.xml`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('application/atom+xml');
    const xml = await res.text();
    expect(xml).toContain(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`);
    expect(xml).toContain(`<id>http://localhost:3000/${locale}/feed.xml</id>`);
    expect(xml).toMatch(/<updated>\d{4}-\d{2}-\d{2}T00:00:00Z<\/updated>/);
    expect([...xml.matchAll(/<entry>/g)].length).toBeGreaterThanOrEqual(10);
  });
}

test('the sitemap dates every page and lists the glossary and updates', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);
  expect(urls.every((u) => /<lastmod>\d{4}-\d{2}-\d{2}/.test(u))).toBe(true);
  expect(xml).not.toContain('<changefreq>');
  expect(xml).not.toContain('<priority>');
  expect(xml).toContain('<loc>http://localhost:3000/es/glossary</loc>');
  expect(xml).toContain('<loc>http://localhost:3000/ru/updates</loc>');
  expect(await (await request.get('/xx/feed.xml')).status()).toBe(404);
  // A first segment with a dot skips the locale proxy: still a 404, never a 500.
  for (const path of ['/x.y', '/x.y/glossary', '/x.y/updates'])
    expect((await request.get(path)).status(), path).toBe(404);
});
