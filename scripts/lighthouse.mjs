// npm run bench:lighthouse — Lighthouse (mobile preset) on the guide, market, a token page and the
// tools in each locale, median of 3 runs, against `next start`, in Debian's Chromium (CHROME_PATH).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, withServer } from './serve.mjs';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const PAGES = ['', '/market', '/tokens/render', '/tools'];
const LOCALES = (process.env.LIGHTHOUSE_LOCALES ?? 'en,ru,es').split(',');
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const rows = await withServer(3601, async (base) => {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM.executablePath,
    chromeFlags: ['--headless=new', ...CHROMIUM.args],
  });
  const out = [];
  try {
    for (const locale of LOCALES) {
      for (const page of PAGES) {
        const path = `/${locale}${page}`;
        const runs = [];
        for (let i = 0, failures = 0; i < RUNS; i++) {
          const { lhr } = await lighthouse(base + path, { port: chrome.port, output: 'json', logLevel: 'error' });
          // A run whose trace Chrome failed to record (NO_NAVSTART, NO_FCP) measured nothing: retry it.
          if (lhr.runtimeError) {
            console.error(`${path}: ${lhr.runtimeError.code}, retrying`);
            if (++failures > 3) throw new Error(`${path}: ${lhr.runtimeError.message}`);
            i--;
            continue;
          }
          runs.push({
            performance: lhr.categories.performance.score * 100,
            accessibility: lhr.categories.accessibility.score * 100,
            bestPractices: lhr.categories['best-practices'].score * 100,
            seo: lhr.categories.seo.score * 100,
            lcp: lhr.audits['largest-contentful-paint'].numericValue,
            cls: lhr.audits['cumulative-layout-shift'].numericValue,
            tbt: lhr.audits['total-blocking-time'].numericValue,
            failing: Object.values(lhr.audits)
              .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === 'binary')
              .map((a) => a.id),
          });
        }
        const pick = (key) => median(runs.map((r) => r[key]));
        const scores = runs.map((r) => Math.round(r.performance));
        out.push({
          path,
          ...Object.fromEntries(['performance', 'accessibility', 'bestPractices', 'seo', 'lcp', 'cls', 'tbt'].map((k) => [k, pick(k)])),
          // Scores move a few points between runs on a busy machine: the spread is printed too.
          range: `${Math.min(...scores)}-${Math.max(...scores)}`,
          failing: [...new Set(runs.flatMap((r) => r.failing))],
        });
        console.error(`measured ${path}`);
      }
    }
  } finally {
    await chrome.kill();
  }
  return out;
});

console.log(`\nLighthouse ${RUNS}x per page (median), mobile preset`);
console.log('| page | perf | perf (runs) | a11y | best practices | SEO | LCP | CLS | TBT |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.path} | ${Math.round(r.performance)} | ${r.range} | ${Math.round(r.accessibility)} | ${Math.round(r.bestPractices)} | ${Math.round(r.seo)} | ${(r.lcp / 1000).toFixed(2)} s | ${r.cls.toFixed(3)} | ${Math.round(r.tbt)} ms |`);
}
const failing = rows.filter((r) => r.failing.length).map((r) => `${r.path}: ${r.failing.join(', ')}`);
if (failing.length) console.log(`\nfailing binary audits:\n${failing.join('\n')}`);
