// npm run budget — the JavaScript each page kind loads before a reader can interact, gzip-compressed,
// against its budget. Fails (exit 1) when a route is over. Needs a production build.
import { gzipSync } from 'node:zlib';

import { chromium } from '@playwright/test';

import { CHROMIUM, withServer } from './serve.mjs';

const KB = 1024;
const ROUTES = [
  { name: 'guide', path: '/en', budget: 150 * KB },
  { name: 'guide (ru)', path: '/ru', budget: 150 * KB },
  { name: 'market', path: '/en/market', budget: 270 * KB },
  { name: 'token', path: '/es/tokens/render', budget: 270 * KB },
  { name: 'tools', path: '/ru/tools', budget: 270 * KB },
];

const results = await withServer(3401, async (base) => {
  const browser = await chromium.launch(CHROMIUM);
  const out = [];
  for (const route of ROUTES) {
    const page = await browser.newPage();
    const scripts = new Map();
    // The RSC payload paint-first takes out of a prerendered page (data, not code: it used to be part
    // of the HTML, and is not counted against the budget), printed beside it.
    let payload = 0;
    page.on('response', async (res) => {
      if (new URL(res.url()).pathname.startsWith('/_payload/')) {
        payload = gzipSync(await res.body(), { level: 9 }).length;
        return;
      }
      if (res.request().resourceType() !== 'script') return;
      try {
        scripts.set(res.url(), gzipSync(await res.body(), { level: 9 }).length);
      } catch {}
    });
    await page.goto(base + route.path, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    const bytes = [...scripts.values()].reduce((a, b) => a + b, 0);
    out.push({ ...route, bytes, files: scripts.size, payload });
    await page.close();
  }
  await browser.close();
  return out;
});

let over = 0;
console.log('route        JS gzip   budget   files   RSC payload gzip');
for (const r of results) {
  const ok = r.bytes <= r.budget;
  if (!ok) over++;
  console.log(
    `${r.name.padEnd(12)} ${(r.bytes / KB).toFixed(1).padStart(6)} KB ${(r.budget / KB).toFixed(0).padStart(5)} KB ${String(r.files).padStart(6)}  ${r.payload ? `${(r.payload / KB).toFixed(1).padStart(6)} KB` : '    inline'}  ${ok ? 'ok' : 'OVER'}`,
  );
}
process.exit(over ? 1 : 0);
