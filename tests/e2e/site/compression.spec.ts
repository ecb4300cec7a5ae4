import http from 'node:http';
import zlib from 'node:zlib';

import { expect, test } from '@playwright/test';

// What `npm start` sends over the wire: brotli to browsers, gzip to clients without it, the same
// bytes underneath, and a page size a reader on a slow link notices.

type Raw = { headers: http.IncomingHttpHeaders; body: Buffer };

function raw(url: string, headers: Record<string, string>): Promise<Raw> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

const decode = ({ headers, body }: Raw) =>
  headers['content-encoding'] === 'br'
    ? zlib.brotliDecompressSync(body)
    : headers['content-encoding'] === 'gzip'
      ? zlib.gunzipSync(body)
      : body;

test('pages and scripts go out as brotli, gzip or plain, all the same page', async ({ baseURL, page }) => {
  const url = `${baseURL}/ru`;
  const plain = await raw(url, {});
  const gzip = await raw(url, { 'accept-encoding': 'gzip' });
  const br = await raw(url, { 'accept-encoding': 'gzip, deflate, br, zstd' });
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(gzip.headers['content-encoding']).toBe('gzip');
  expect(br.headers['content-encoding']).toBe('br');
  for (const r of [plain, gzip, br]) expect(r.headers.vary).toMatch(/Accept-Encoding/);
  expect(decode(gzip).equals(plain.body)).toBe(true);
  expect(decode(br).equals(plain.body)).toBe(true);
  // Brotli's window and text model beat gzip on the Russian guide (its RSC payload, which repeated
  // the page beyond gzip's window, now goes on its own: see paint-first.spec.ts).
  expect(br.body.length).toBeLessThan(gzip.body.length);
  console.log(
    `/ru: ${plain.body.length} B plain, ${gzip.body.length} B gzip, ${br.body.length} B brotli (first answer)`,
  );

  // A browser gets brotli and reads the page.
  const response = await page.goto('/ru/market');
  expect(await response!.headerValue('content-encoding')).toBe('br');
  await expect(page.locator('h1')).toBeVisible();
  const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
  const js = await raw(`${baseURL}${script}`, { 'accept-encoding': 'br' });
  expect(js.headers['content-encoding']).toBe('br');
  expect(js.headers['cache-control']).toContain('immutable');
});

test('a revisit revalidates with the weak ETag and gets 304', async ({ baseURL }) => {
  const first = await raw(`${baseURL}/en/market`, { 'accept-encoding': 'br' });
  const etag = first.headers.etag!;
  expect(etag).toMatch(/^W\//);
  const again = await new Promise<number>((resolve, reject) =>
    http
      .get(`${baseURL}/en/market`, { headers: { 'accept-encoding': 'br', 'if-none-match': etag } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      })
      .on('error', reject),
  );
  expect(again).toBe(304);
});
