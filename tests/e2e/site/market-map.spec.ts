import { expect, type Page, test } from '@playwright/test';

// What a reader sees of the market map and table, measured in the browser.

async function tileAreas(page: Page) {
  return page.locator('figure.market-map .treemap-tile').evaluateAll((tiles) =>
    tiles.map((tile) => {
      const box = tile.getBoundingClientRect();
      return {
        slug: tile.getAttribute('data-token'),
        cap: Number(tile.getAttribute('data-market-cap')),
        enlarged: tile.hasAttribute('data-enlarged'),
        area: box.width * box.height,
      };
    }),
  );
}

for (const width of [1280, 768, 414, 320]) {
  test(`map tiles are sized by market cap at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/en/market');
    const tiles = await tileAreas(page);
    // The embedded records report a market cap for RENDER, AKT, FET and TAO (candles carry none).
    expect(tiles.length).toBeGreaterThanOrEqual(4);
    const totalCap = tiles.reduce((s, t) => s + t.cap, 0);
    const totalArea = tiles.reduce((s, t) => s + t.area, 0);
    for (const tile of tiles) {
      const share = tile.cap / totalCap;
      if (share < 0.04) continue;
      expect(tile.enlarged, tile.slug ?? '').toBe(false);
      expect(Math.abs(tile.area / totalArea / share - 1), `${tile.slug} at ${width}px`).toBeLessThan(0.03);
    }
    // Every tile is on screen width-wise: nothing spills out of the figure.
    const figure = await page.locator('figure.market-map .treemap').boundingBox();
    expect(figure?.width ?? 0).toBeLessThanOrEqual(width);
  });
}

test('map tiles link to their token pages, in the order of size, with the 24h change in text', async ({ page }) => {
  await page.goto('/es');
  const links = page.locator('figure.market-map .treemap-tile a');
  const first = links.first();
  await expect(first).toHaveAttribute('href', /^\/es\/tokens\//);
  await expect(first).toContainText(/[+-−]?\d+,\d+\s%/);
  await expect(page.locator('figure.market-map .treemap-legend li')).toHaveCount(7);
  const caps = await page
    .locator('figure.market-map .treemap-layer')
    .first()
    .locator('.treemap-tile')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-market-cap'))));
  expect(caps).toEqual([...caps].sort((a, b) => b - a));
});

test('every id on the guide is unique', async ({ page }) => {
  for (const locale of ['en', 'ru', 'es']) {
    await page.goto(`/${locale}`);
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  }
});

async function column(page: Page, index: number) {
  return page.locator('table.token-table tbody tr').evaluateAll(
    (rows, i) =>
      rows.map((row) => {
        // The figure alone: a quote's source and date (.quote-meta) sit in the same cell.
        const cell = row.children[i]?.cloneNode(true) as HTMLElement | undefined;
        cell?.querySelector('.quote-meta')?.remove();
        return cell?.textContent?.trim() ?? '';
      }),
    index,
  );
}

test('the market table sorts by a numeric column and says so', async ({ page }) => {
  await page.goto('/en/market');
  const priceHeader = page.locator('table.token-table thead th').nth(1);
  const capHeader = page.locator('table.token-table thead th').nth(4);
  await expect(capHeader).toHaveAttribute('aria-sort', 'descending');
  const price = priceHeader.getByRole('button', { name: 'Price' });
  await price.click();
  await expect(priceHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(capHeader).not.toHaveAttribute('aria-sort', /.+/);
  const parse = (text: string) => Number(text.replace(/[^0-9.]/g, '')) || Number.NEGATIVE_INFINITY;
  const down = (await column(page, 1)).map(parse).filter(Number.isFinite);
  expect(down).toEqual([...down].sort((a, b) => b - a));
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: 'Sorted by Price' })).toHaveCount(1);
  await price.click();
  await expect(priceHeader).toHaveAttribute('aria-sort', 'ascending');
  const up = (await column(page, 1)).map(parse).filter(Number.isFinite);
  expect(up).toEqual([...up].sort((a, b) => a - b));
  expect(page.url()).toContain('?sort=price-asc');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('each header links to the sorted page, which is served sorted', async ({ page, request }) => {
    await page.goto('/ru/market');
    const link = page.locator('table.token-table thead th').nth(1).locator('a');
    await expect(link).toHaveAttribute('href', '/ru/market?sort=price-desc');
    await link.click();
    await expect(page.locator('table.token-table thead th').nth(1)).toHaveAttribute('aria-sort', 'descending');
    const prices = (await column(page, 1)).map((t) => Number(t.replace(/[^0-9,]/g, '').replace(',', '.')));
    const known = prices.filter((p) => p > 0);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    // The sorted variants are regenerated pages too, and an unknown order is not a page.
    await request.get('/ru/market?sort=price-desc');
    const again = await request.get('/ru/market?sort=price-desc');
    expect(again.headers()['x-nextjs-cache']).toMatch(/HIT|STALE/);
    expect((await request.get('/ru/market/sorted/name-up')).status()).toBe(404);
  });
});

test('on a phone the token, its price and 24h change stay in view', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/es/market');
  const row = page.locator('table.token-table tbody tr').first();
  for (const index of [0, 1, 2]) {
    const box = await row.locator('th, td').nth(index).boundingBox();
    expect(box, `cell ${index}`).not.toBeNull();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(320);
  }
  // Scrolled sideways, the token column stays put.
  await page
    .locator('.table-scroll')
    .first()
    .evaluate((el) => el.scrollBy(400, 0));
  const header = await row.locator('th').boundingBox();
  expect(header?.x ?? -1).toBeGreaterThanOrEqual(0);
});
