import { expect, test } from '@playwright/test';

// The /data downloads answer what the pages show: the same figures, the same dates, the same sources.

const SLUGS = ['render', 'akash', 'io-net', 'filecoin', 'arweave', 'helium', 'wifi-map', 'fetch-ai', 'bittensor'];

interface MarketJson {
  asOf: string;
  source: string;
  tokens: Array<
    Record<string, unknown> & {
      slug: string;
      priceUsd: number | null;
      asOf: string | null;
      source: { name: string; url: string } | null;
    }
  >;
}

/** A CSV without quoted cells (the market and history downloads have none) into rows of cells. */
function rows(csv: string): string[][] {
  expect(csv.endsWith('\n')).toBe(true);
  return csv
    .trimEnd()
    .split('\n')
    .map((line) => line.split(','));
}

test('market.json and market.csv hold the figures of the market page, with download headers', async ({
  page,
  request,
}) => {
  const json = await request.get('/data/market.json');
  expect(json.status()).toBe(200);
  expect(json.headers()['content-type']).toBe('application/json; charset=utf-8');
  expect(json.headers()['content-disposition']).toContain('filename="market.json"');
  expect(json.headers()['cache-control']).toMatch(/s-maxage=\d+/);
  const market = (await json.json()) as MarketJson;
  expect(market.source).toBe('snapshot');
  expect(market.tokens.map((t) => t.slug)).toEqual(SLUGS);
  expect(market.tokens.filter((t) => t.priceUsd !== null)).toHaveLength(8);

  const csv = await request.get('/data/market.csv');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(csv.headers()['content-disposition']).toBe('attachment; filename="market.csv"');
  expect(csv.headers()['cache-control']).toMatch(/s-maxage=\d+/);
  const [header, ...body] = rows(await csv.text());
  expect(header).toEqual([
    'slug',
    'symbol',
    'name',
    'layer',
    'priceUsd',
    'change24h',
    'change7d',
    'marketCapUsd',
    'fdvUsd',
    'volume24hUsd',
    'circulatingSupply',
    'asOf',
    'sourceName',
    'sourceUrl',
  ]);
  expect(body).toHaveLength(9);
  for (const [i, token] of market.tokens.entries()) {
    const cells = Object.fromEntries(header!.map((key, j) => [key, body[i]![j]]));
    expect(cells.slug).toBe(token.slug);
    expect(cells.priceUsd).toBe(token.priceUsd === null ? '' : String(token.priceUsd));
    expect(cells.asOf).toBe(token.asOf ?? '');
    expect(cells.sourceName).toBe(token.source?.name ?? '');
  }

  // The page: the note's date is the download's, each row's source and date are its token's.
  await page.goto('/en/market');
  await expect(page.locator('header .data-note time')).toHaveAttribute('datetime', market.asOf);
  for (const token of market.tokens) {
    const meta = page.locator(`tr[data-token="${token.slug}"] .quote-meta`);
    if (token.priceUsd === null) {
      await expect(meta).toHaveCount(0);
      continue;
    }
    await expect(meta).toHaveAttribute('data-as-of', token.asOf!);
    // The table names venue and kind ("Bybit perpetual futures"); the download adds the market.
    await expect(meta.locator('a')).toHaveText(token.source!.name.replace(/ [A-Z0-9]+USDT /, ' '));
    await expect(meta.locator('a')).toHaveAttribute('href', token.source!.url);
  }
  const links = page.locator('p.downloads a');
  await expect(links).toHaveCount(2);
  await expect(links.nth(0)).toHaveAttribute('href', '/data/market.csv');
  await expect(links.nth(1)).toHaveAttribute('href', '/data/market.json');
});

test('each token page price is the market download price', async ({ page, request }) => {
  const market = (await (await request.get('/data/market.json')).json()) as MarketJson;
  for (const slug of ['bittensor', 'helium', 'filecoin']) {
    await page.goto(`/en/tokens/${slug}`);
    const price = market.tokens.find((t) => t.slug === slug)!.priceUsd;
    await expect(page.locator('.token-quote-price')).toHaveAttribute('value', String(price));
  }
});

test('history downloads hold the series the token page charts, day by day', async ({ page, request }) => {
  for (const slug of ['bittensor', 'helium']) {
    const json = await request.get(`/data/tokens/${slug}/history.json`);
    expect(json.status()).toBe(200);
    expect(json.headers()['content-disposition']).toContain(`filename="${slug}-history.json"`);
    const history = (await json.json()) as {
      asOf: string;
      source: { name: string; url: string };
      days: Array<{ date: string; priceUsd: number; source: string }>;
    };

    const csv = await request.get(`/data/tokens/${slug}/history.csv`);
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers()['content-disposition']).toBe(`attachment; filename="${slug}-history.csv"`);
    expect(csv.headers()['cache-control']).toMatch(/s-maxage=\d+/);
    const [header, ...body] = rows(await csv.text());
    expect(header).toEqual(['date', 'priceUsd', 'marketCapUsd', 'volumeUsd', 'source']);
    expect(body.map((r) => [r[0], Number(r[1]), r[4]])).toEqual(
      history.days.map((d) => [d.date, d.priceUsd, d.source]),
    );

    await page.goto(`/en/tokens/${slug}`);
    const source = page.locator('.chart-source');
    await expect(source).toHaveAttribute('data-days', String(history.days.length));
    await expect(source.locator('a')).toHaveAttribute('href', history.source.url);
    await expect(source.locator('a')).toHaveText(history.source.name);
    await expect(source.locator('time')).toHaveAttribute('datetime', history.days.at(-1)!.date);
    await page.getByText('Show as table').click();
    const last = history.days.at(-1)!;
    await expect(page.locator('.chart-table tbody tr').first().locator('time')).toHaveAttribute(
      'datetime',
      `${last.date}T00:00:00.000Z`,
    );
    await expect(page.locator('.price-history p.downloads a').first()).toHaveAttribute(
      'href',
      `/data/tokens/${slug}/history.csv`,
    );
  }
  const helium = await (await request.get('/data/tokens/helium/history.json')).json();
  expect(helium.source.name).toBe('Bybit HNTUSDT perpetual futures');
});

test('unknown tokens are a 404, a token without a record has an empty history, and downloads stay out of the sitemap', async ({
  request,
}) => {
  for (const path of [
    '/data/tokens/nope/history.json',
    '/data/tokens/nope/history.csv',
    '/data/tokens/RENDER/history.csv',
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  const wifi = await (await request.get('/data/tokens/wifi-map/history.json')).json();
  expect(wifi).toMatchObject({ slug: 'wifi-map', source: null, days: [] });
  expect(await (await request.get('/data/tokens/wifi-map/history.csv')).text()).toBe(
    'date,priceUsd,marketCapUsd,volumeUsd,source\n',
  );
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).not.toContain('/data/');
});
