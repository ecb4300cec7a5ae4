import { expect, test } from '@playwright/test';

const GUIDE = {
  en: { h1: 'AI + DePIN Convergence: GPU Tokens and Compute Networks', faq: 'FAQ', disclaimer: 'Disclaimer' },
  ru: {
    h1: 'Конвергенция ИИ и DePIN: GPU-токены и вычислительные сети',
    faq: 'Часто задаваемые вопросы',
    disclaimer: 'Отказ от ответственности',
  },
  es: {
    h1: 'Convergencia IA + DePIN: tokens de GPU y redes de cómputo',
    faq: 'Preguntas frecuentes',
    disclaimer: 'Aviso legal',
  },
} as const;

// Sentences of the seeds' English body: they must not survive on a translated page.
const SEED_ENGLISH = [
  'represent a paradigm shift',
  'The AI revolution is fundamentally constrained',
  'creates a layered market structure',
  'Evaluating DePIN tokenomics requires understanding',
];

for (const [locale, text] of Object.entries(GUIDE)) {
  test(`/${locale} is the complete guide in its language`, async ({ page }) => {
    const res = await page.goto(`/${locale}`);
    expect(res?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.h1);

    const sections = page.locator('section.guide-section');
    await expect(sections).toHaveCount(7);
    const ids = await sections.evaluateAll((els) => els.map((e) => e.id));
    expect(ids).toEqual([
      'what-is-depin',
      'why-ai-needs-depin',
      'key-projects',
      'market-map',
      'tokenomics',
      'faq',
      'disclaimer',
    ]);

    // The table of contents links to every section.
    const toc = page.locator('nav.toc');
    for (const id of ids) await expect(toc.locator(`a[href="#${id}"]`)).toHaveCount(1);
    await toc.locator('a[href="#faq"]').click();
    await expect(page).toHaveURL(new RegExp(`#faq$`));
    await expect(page.locator('#faq h2')).toHaveText(text.faq);
    await expect(page.locator('#disclaimer h2')).toHaveText(text.disclaimer);
    expect(await page.locator('#faq .faq-item').count()).toBeGreaterThanOrEqual(6);

    // Review dates are machine-readable.
    await expect(page.locator('#what-is-depin .review-dates time').first()).toHaveAttribute(
      'datetime',
      /^\d{4}-\d{2}-\d{2}$/,
    );

    // The live layered market map: every tracked token linked, as a tile or in the list of those
    // without a market cap.
    const map = page.locator('figure.market-map');
    await expect(map.locator('a[href*="/tokens/"]')).toHaveCount(9);
    const tiles = await map.locator('.treemap-tile').count();
    // The embedded records report a market cap for RENDER, AKT, FET and TAO (candles carry none).
    expect(tiles).toBeGreaterThanOrEqual(4);
    await expect(map.locator('.treemap-omitted a')).toHaveCount(9 - tiles);

    // The tokenomics section applies its revenue checks to every tracked token in one table.
    const fundamentals = page.locator('#tokenomics [data-testid="fundamentals-table"]');
    await expect(fundamentals.locator('tbody tr')).toHaveCount(9);

    const body = (await page.locator('main').textContent()) ?? '';
    if (locale !== 'en') for (const sentence of SEED_ENGLISH) expect(body).not.toContain(sentence);
  });
}

const PEER_SITES = [
  'aethir.com',
  'docs.nosana.com',
  'grass.io',
  'gensyn.ai',
  'primeintellect.ai',
  'thetaedgecloud.com',
  'salad.com',
];

for (const locale of Object.keys(GUIDE)) {
  test(`/${locale}: key projects name the peers with their sources and quote no cloud saving range`, async ({
    page,
  }) => {
    await page.goto(`/${locale}`);
    const section = page.locator('#key-projects');
    // Nine tracked tokens, each with its live price, then one subsection on the peers.
    const headings = section.locator('h3:not(.sources-title)');
    await expect(headings).toHaveCount(10);
    const tokenPages = await section
      .locator(`a[href^="/${locale}/tokens/"]`)
      .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('href')))]);
    expect(tokenPages).toHaveLength(9);
    // The peers' list (not only the sources list) links each peer's own site.
    const peers = headings.nth(9).locator('xpath=following-sibling::ul[1]');
    await expect(peers.locator('li')).toHaveCount(PEER_SITES.length);
    for (const site of PEER_SITES) await expect(peers.locator(`a[href*="${site}"]`).first()).toBeVisible();
    // A changing comparison lives in the tools, not in prose: no "54-83 %" style range survives.
    expect(await section.textContent()).not.toMatch(/54\s*[-–]\s*83/);
    await expect(section.locator(`a[href="/${locale}/tools"]`).first()).toBeVisible();
    await expect(section.locator(`a[href="/${locale}/compute"]`).first()).toBeVisible();
  });
}

test('the guide has no chart library and stays server-rendered', async ({ page }) => {
  await page.goto('/en');
  await expect(page.locator('.recharts-wrapper')).toHaveCount(0);
  const scripts = await page.locator('script[src]').evaluateAll((els) => els.map((e) => e.getAttribute('src')));
  expect(scripts.length).toBeGreaterThan(0);
});

test('a phone-sized screen (320 px) has no horizontal scroll', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/ru', '/es/market', '/en/tools']) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('pages set text in the system UI font and fetch no font file', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'font') fonts.push(r.url());
  });
  for (const path of ['/en/market', '/es', '/ru', '/ru/tokens/render']) {
    await page.goto(path);
    await expect(page.locator('link[rel="preload"][as="font"]')).toHaveCount(0);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(
      /^-apple-system, BlinkMacSystemFont, "Segoe UI", sans-serif$/,
    );
    expect(await page.evaluate(() => document.fonts.size), path).toBe(0);
  }
  expect(fonts).toEqual([]);
});
