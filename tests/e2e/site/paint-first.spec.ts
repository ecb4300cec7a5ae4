import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { expect, type Page, test } from '@playwright/test';

// What paint-first serves (lib/server/paint-first.mjs): a prerendered page without its inline RSC
// payload, the payload as immutable JSON of its own, and a page that still hydrates from it.

/** Opens `url` and waits until it has hydrated; the page errors and console errors are collected. */
async function hydrate(page: Page, url: string) {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(url);
  await page.locator('html[data-hydrated]').waitFor();
  return errors;
}

const PAYLOAD_URL = /"(\/_payload\/[\w-]{22}\.json\?from=[^"]+)"/;

test('a prerendered page carries its RSC payload in a file of its own, and hydrates from it', async ({
  page,
  request,
}) => {
  const html = await (await request.get('/es')).text();
  expect(html).not.toMatch(/<script>[^<]*self\.__next_f\.push\(\[/);
  const url = PAYLOAD_URL.exec(html)?.[1];
  expect(url).toContain('from=%2Fes');

  const payload = await request.get(url!);
  expect(payload.status()).toBe(200);
  expect(payload.headers()['content-type']).toBe('application/json; charset=utf-8');
  expect(payload.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const rows = (await payload.json()) as unknown[][];
  expect(rows[0]).toEqual([0]);
  // The rows React reads: the page's text is in them, as it was in the inline scripts.
  expect(rows.some((row) => row[0] === 1 && String(row[1]).includes('DePIN'))).toBe(true);

  const errors = await hydrate(page, '/es');
  // The rows were fed after Next's bootstrap, with the document reading as loading meanwhile: it is
  // itself again, and React found every row it needed.
  expect(
    await page.evaluate(() => [document.readyState, Object.getOwnPropertyNames(document).includes('readyState')]),
  ).toEqual(['complete', false]);
  expect(errors).toEqual([]);
  // Hydrated means client navigation: the window survives a click on the header's link.
  await page.evaluate(() => Object.assign(window, { __stayed: true }));
  await page.locator('header nav a[href="/es/market"]').click();
  await expect(page).toHaveURL(/\/es\/market$/);
  await expect(page.locator('h1')).toBeVisible();
  expect(await page.evaluate(() => (window as { __stayed?: boolean }).__stayed)).toBe(true);
  // Links to our pages in tables and maps are plain anchors that ProseLinks navigates on the client.
  await page.locator('a[data-nav][href="/es/tokens/render"]').first().click();
  await expect(page).toHaveURL(/\/es\/tokens\/render$/);
  await expect(page.locator('h1')).toContainText('Render');
  expect(await page.evaluate(() => (window as { __stayed?: boolean }).__stayed)).toBe(true);
});

test("the framework's chunks carry V8's compile hint, and Next's bootstrap, run after them, hydrates", async ({
  page,
  request,
}) => {
  // The chunks every page runs at start, as the build that is being served names them.
  const manifest = JSON.parse(
    await readFile(path.join(process.env.NEXT_DIST_DIR || '.next', 'build-manifest.json'), 'utf8'),
  ) as { rootMainFiles: string[] };
  const html = await (await request.get('/ru/market')).text();
  const framework = manifest.rootMainFiles.filter((file) => file.endsWith('.js')).map((file) => `/_next/${file}`);
  expect(framework.length).toBeGreaterThan(2);
  for (const src of framework) {
    // The loader adds them; the HTML has no script tag of its own for them.
    expect(html).toContain(JSON.stringify(src));
    expect((await (await request.get(src)).text()).startsWith('//# allFunctionsCalledOnLoad\n'), src).toBe(true);
  }

  const errors = await hydrate(page, '/ru/market');
  // The loader held the bootstrap through an accessor on TURBOPACK; the runtime's object is a plain
  // property again, for the chunks client navigation loads.
  expect(
    await page.evaluate(() => {
      const own = Object.getOwnPropertyDescriptor(window, 'TURBOPACK');
      return [own && 'value' in own, typeof (own?.value as { push?: unknown })?.push];
    }),
  ).toEqual([true, 'function']);
  expect(errors).toEqual([]);
  // Hydrated: the table sorts on the client.
  await page.getByRole('button', { name: 'Цена', exact: true }).click();
  await expect(page).toHaveURL(/sort=price-/);
});

test('a page rendered per request keeps its payload inline', async ({ request }) => {
  const html = await (await request.get('/en/tools')).text();
  expect(html).toMatch(/<script>self\.__next_f\.push\(\[/);
  expect(html).not.toMatch(PAYLOAD_URL);
});

test('an unknown payload is a 404 that no cache keeps', async ({ request }) => {
  for (const path of ['/_payload/AAAAAAAAAAAAAAAAAAAAAA.json?from=%2Fen', '/_payload/nothing.json']) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(404);
    expect(res.headers()['cache-control']).toBe('no-store');
  }
});
