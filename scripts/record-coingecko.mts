// npm run data:record — records live CoinGecko answers (needs network) as new raw records in
// data/records/coingecko-api/<UTC date>/, exactly as answered: `coins_markets.json` and one
// `<id>_market_chart_365.json` per token. `npm run data:build` then takes them into the snapshot
// wherever they are more recent. Ids come from the registry itself (imported, not parsed).
// Env: COINGECKO_API_BASE, COINGECKO_API_KEY, COINGECKO_API_PLAN, RECORDS_DIR (default data/records),
// SNAPSHOT_DELAY_MS (default 2500: under 30 calls a minute).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { coingeckoIdsOf, TOKENS } from '../lib/market/registry';
import { reshapeMarkets } from '../lib/market/reshape';

const base = (process.env.COINGECKO_API_BASE || 'https://api.coingecko.com/api/v3').replace(/\/+$/, '');
const delay = Number(process.env.SNAPSHOT_DELAY_MS ?? 2500);
const key = process.env.COINGECKO_API_KEY;
const headers: Record<string, string> = { accept: 'application/json' };
if (key) headers[process.env.COINGECKO_API_PLAN === 'pro' ? 'x-cg-pro-api-key' : 'x-cg-demo-api-key'] = key;

async function get(pathname: string, params: Record<string, string>): Promise<string> {
  const res = await fetch(`${base}${pathname}?${new URLSearchParams(params)}`, {
    headers,
    signal: AbortSignal.timeout(15_000),
  });
  if (!res.ok) throw new Error(`${pathname}: HTTP ${res.status}`);
  return res.text();
}

const markets = await get('/coins/markets', {
  vs_currency: 'usd',
  ids: TOKENS.flatMap(coingeckoIdsOf).join(','),
  sparkline: 'true',
  price_change_percentage: '24h,7d,30d',
  per_page: '250',
  precision: 'full',
});
// Checked with the live schema before anything is written; the ids it answered under are the chart ids.
const { quotes, ids } = reshapeMarkets(JSON.parse(markets));
const dir = path.join(
  process.env.RECORDS_DIR || 'data/records',
  'coingecko-api',
  new Date().toISOString().slice(0, 10),
);
await mkdir(dir, { recursive: true });
await writeFile(path.join(dir, 'coins_markets.json'), markets);

let charts = 0;
for (const id of ids.values()) {
  await new Promise((r) => setTimeout(r, delay));
  try {
    await writeFile(
      path.join(dir, `${id}_market_chart_365.json`),
      await get(`/coins/${encodeURIComponent(id)}/market_chart`, {
        vs_currency: 'usd',
        days: '365',
        interval: 'daily',
      }),
    );
    charts++;
  } catch (error) {
    console.warn(`skipping the history of ${id}: ${(error as Error).message}`);
  }
}
console.log(`recorded ${quotes.size} quotes and ${charts} price histories in ${dir}; now run npm run data:build`);
