// npm run data:snapshot — refreshes the embedded data set from the live CoinGecko API (needs
// network). Writes lib/market/snapshot/{markets,charts,meta}.json; the site validates them with
// the same schemas as live data. Env: COINGECKO_API_BASE, COINGECKO_API_KEY, COINGECKO_API_PLAN,
// SNAPSHOT_DIR (default lib/market/snapshot), SNAPSHOT_DELAY_MS (default 2500: under 30 calls a minute).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const base = (process.env.COINGECKO_API_BASE || 'https://api.coingecko.com/api/v3').replace(/\/+$/, '');
const dir = process.env.SNAPSHOT_DIR || 'lib/market/snapshot';
const delay = Number(process.env.SNAPSHOT_DELAY_MS ?? 2500);
const key = process.env.COINGECKO_API_KEY;
const headers = { accept: 'application/json' };
if (key) headers[process.env.COINGECKO_API_PLAN === 'pro' ? 'x-cg-pro-api-key' : 'x-cg-demo-api-key'] = key;

// The registry is TypeScript; its ids are read from the source rather than duplicated here.
const registry = await readFile(new URL('../lib/market/registry.ts', import.meta.url), 'utf8');
const ids = [...registry.matchAll(/coingeckoId: '([^']+)'/g)].map((m) => m[1]);

async function get(pathname, params) {
  const url = `${base}${pathname}?${new URLSearchParams(params)}`;
  const res = await fetch(url, { headers, signal: AbortSignal.timeout(15_000) });
  if (!res.ok) throw new Error(`${pathname}: HTTP ${res.status}`);
  return res.json();
}

const markets = await get('/coins/markets', {
  vs_currency: 'usd',
  ids: ids.join(','),
  sparkline: 'true',
  price_change_percentage: '24h,7d,30d',
  per_page: '250',
  precision: 'full',
});
if (!Array.isArray(markets) || markets.length === 0) throw new Error('/coins/markets: expected a non-empty list');
const recordedAt = new Date().toISOString();

const charts = {};
for (const id of ids) {
  await new Promise((r) => setTimeout(r, delay));
  try {
    const chart = await get(`/coins/${encodeURIComponent(id)}/market_chart`, {
      vs_currency: 'usd',
      days: '365',
      interval: 'daily',
    });
    if (Array.isArray(chart?.prices)) charts[id] = { prices: chart.prices };
  } catch (error) {
    console.warn(`skipping ${id}: ${error.message}`);
  }
}

await mkdir(dir, { recursive: true });
await writeFile(path.join(dir, 'markets.json'), `${JSON.stringify(markets, null, 1)}\n`);
await writeFile(path.join(dir, 'charts.json'), `${JSON.stringify(charts)}\n`);
await writeFile(
  path.join(dir, 'meta.json'),
  `${JSON.stringify({ recordedAt, provenance: `CoinGecko ${base} /coins/markets and /coins/{id}/market_chart, recorded by npm run data:snapshot.` }, null, 2)}\n`,
);
console.log(
  `snapshot: ${markets.length} coins and ${Object.keys(charts).length} price histories, recorded ${recordedAt}`,
);
