// npm run bench:lighthouse — Lighthouse (mobile preset) on the guide, market, a token page and the
// tools in each locale, against `next start`, in Debian's Chromium (CHROME_PATH). Every round also
// measures the floor: a bare Next page (scripts/floor) built with the same Next and React. Scores
// and times drift with the machine's load, so the bench reports each page against the floor
// measured in the same run, interleaved: LCP / floor LCP, and performance - floor performance.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

import { CHROMIUM, withServer } from './serve.mjs';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const PAGES = (process.env.LIGHTHOUSE_PAGES ?? ',/market,/tokens/render,/tools').split(',');
const LOCALES = (process.env.LIGHTHOUSE_LOCALES ?? 'en,ru,es').split(',');
const FLOOR_DIR = 'scripts/floor';
// Bisecting: LIGHTHOUSE_VARIANTS="font:../wt-font,nojsonld:../wt-jsonld" also measures other built
// checkouts of the site, interleaved with this one, so a change's effect is a ratio within one run.
const VARIANTS = [
  ['', '.'],
  ...(process.env.LIGHTHOUSE_VARIANTS ?? '')
    .split(',')
    .filter(Boolean)
    .map((v) => v.split(':')),
];
// Targets of issue 19: LCP within 1.25x the floor's, performance at most 1 point under it.
const LCP_RATIO_TARGET = 1.25;
const PERF_GAP_TARGET = -1;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

if (!existsSync(`${FLOOR_DIR}/.next/BUILD_ID`) || process.env.FLOOR_REBUILD) {
  execFileSync('node_modules/.bin/next', ['build', FLOOR_DIR], { stdio: ['ignore', 'ignore', 'inherit'] });
}

async function measure(chrome, url) {
  for (let failures = 0; ; failures++) {
    const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    // A run whose trace Chrome failed to record (NO_NAVSTART, NO_FCP) measured nothing: retry it.
    if (!lhr.runtimeError) {
      return {
        performance: lhr.categories.performance.score * 100,
        accessibility: lhr.categories.accessibility.score * 100,
        bestPractices: lhr.categories['best-practices'].score * 100,
        seo: lhr.categories.seo.score * 100,
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        // What the unthrottled page did; Lantern simulates LCP from the requests finished by then.
        observedLcp: lhr.audits.metrics.details.items[0].observedLargestContentfulPaint,
        lcpElement: lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.selector,
        fcp: lhr.audits['first-contentful-paint'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        failing: Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === 'binary')
          .map((a) => a.id),
      };
    }
    console.error(`${url}: ${lhr.runtimeError.code}, retrying`);
    if (failures >= 3) throw new Error(`${url}: ${lhr.runtimeError.message}`);
  }
}

const pagePaths = LOCALES.flatMap((locale) => PAGES.map((page) => `/${locale}${page}`));
const paths = VARIANTS.flatMap(([label]) => pagePaths.map((p) => (label ? `${p} [${label}]` : p)));
const runs = new Map([['floor', []], ...paths.map((p) => [p, []])]);

/** Starts a server per variant (ports 3601, 3603, ...), then runs fn with their base URLs. */
const withVariants = (fn, i = 0, bases = []) =>
  i === VARIANTS.length
    ? fn(bases)
    : withServer(3601 + 2 * i, (base) => withVariants(fn, i + 1, [...bases, base]), {}, VARIANTS[i][1]);

await withServer(
  3602,
  (floorBase) =>
    withVariants(async (bases) => {
      const chrome = await chromeLauncher.launch({
        chromePath: CHROMIUM.executablePath,
        chromeFlags: ['--headless=new', ...CHROMIUM.args],
      });
      try {
        // Round-robin: each round measures the floor, then every page once, so slow spells of the
        // machine fall on all of them alike.
        for (let round = 0; round < RUNS; round++) {
          runs.get('floor').push(await measure(chrome, `${floorBase}/`));
          for (const [v, [label]] of VARIANTS.entries())
            for (const path of pagePaths)
              runs.get(label ? `${path} [${label}]` : path).push(await measure(chrome, bases[v] + path));
          console.error(`round ${round + 1}/${RUNS} done`);
        }
      } finally {
        await chrome.kill();
      }
    }),
  {},
  FLOOR_DIR,
  '/',
);

const summary = (samples) => {
  const pick = (key) => median(samples.map((r) => r[key]));
  const scores = samples.map((r) => Math.round(r.performance));
  return {
    ...Object.fromEntries(
      ['performance', 'accessibility', 'bestPractices', 'seo', 'lcp', 'observedLcp', 'fcp', 'cls', 'tbt'].map((k) => [
        k,
        pick(k),
      ]),
    ),
    range: `${Math.min(...scores)}-${Math.max(...scores)}`,
    failing: [...new Set(samples.flatMap((r) => r.failing))],
    lcpElements: [...new Set(samples.map((r) => r.lcpElement))],
  };
};
const floor = summary(runs.get('floor'));
const rows = paths.map((path) => ({ path, ...summary(runs.get(path)) }));

console.log(`\nLighthouse mobile preset, ${RUNS} interleaved rounds, medians; the floor is a bare Next page`);
console.log(
  '| page | perf | perf (runs) | perf - floor | LCP | LCP / floor | observed LCP | FCP | TBT | CLS | a11y | best practices | SEO |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
const line = (name, r) =>
  `| ${name} | ${Math.round(r.performance)} | ${r.range} | ${Math.round(r.performance - floor.performance)} | ${Math.round(r.lcp)} ms | ${(r.lcp / floor.lcp).toFixed(2)} | ${Math.round(r.observedLcp)} ms | ${Math.round(r.fcp)} ms | ${Math.round(r.tbt)} ms | ${r.cls.toFixed(3)} | ${Math.round(r.accessibility)} | ${Math.round(r.bestPractices)} | ${Math.round(r.seo)} |`;
console.log(line('floor (bare Next page)', floor));
for (const r of rows) console.log(line(r.path, r));

const misses = rows.filter(
  (r) => r.lcp / floor.lcp > LCP_RATIO_TARGET || r.performance - floor.performance < PERF_GAP_TARGET || r.cls > 0,
);
console.log(
  `\ntargets (LCP <= ${LCP_RATIO_TARGET}x floor, perf >= floor ${PERF_GAP_TARGET}, CLS 0): ${rows.length - misses.length}/${rows.length} pages hold` +
    (misses.length ? `; missed: ${misses.map((r) => r.path).join(', ')}` : ''),
);
const failing = rows.filter((r) => r.failing.length).map((r) => `${r.path}: ${r.failing.join(', ')}`);
if (failing.length) console.log(`\nfailing binary audits:\n${failing.join('\n')}`);
console.log(`\nLCP elements:\n${rows.map((r) => `${r.path}: ${r.lcpElements.join(' | ')}`).join('\n')}`);
