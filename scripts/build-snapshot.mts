// npm run data:build — turns the recorded public files in data/records/ into the embedded data set,
// lib/market/snapshot/snapshot.json. Run it by hand after adding or replacing a record (and list the
// record in data/records/README.md and in RECORDS below); answers recorded by `npm run data:record`
// (data/records/coingecko-api/<date>/) are picked up without a listing. Offline; reads nothing outside the repo.
// Env: RECORDS_DIR (default data/records), SNAPSHOT_FILE (default lib/market/snapshot/snapshot.json).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import {
  buildSnapshot,
  type Observation,
  parseCandlesCsv,
  parseCoinGeckoChart,
  parseCoinGeckoMarkets,
  parseDailyPriceLists,
  parseDesk,
  type RecordedSeries,
} from '../lib/market/records';
import { tokenByCoingeckoId, TOKENS, type TokenSlug } from '../lib/market/registry';
import { coingeckoSource } from '../lib/market/reshape';
import { type DataSource, type SnapshotFile, snapshotFileSchema } from '../lib/market/types';

const dir = process.env.RECORDS_DIR || 'data/records';
const out = process.env.SNAPSHOT_FILE || 'lib/market/snapshot/snapshot.json';

const gh = (repo: string, commit: string, file: string) => `https://github.com/${repo}/blob/${commit}/${file}`;
const coingecko = (url: string): DataSource => ({ name: 'CoinGecko', kind: 'aggregate', url, market: null });

const DANSERV = 'Danservfinn/alpha.kurult.ai';
const BYBIT = 'jumpotsa/Bybit_Cross_Momentum';
const BYBIT_AT = '2e938a3b';

/** Every record the snapshot is built from: its file (under data/records/<owner>__<repo>/) and how to read it. */
const RECORDS: Array<() => Promise<{ observations?: Observation[]; series?: (RecordedSeries | null)[] }>> = [
  ...(
    [
      [
        'bittensor',
        'cbee9853ff29c867c79e6653830afa54165bea79',
        'data/2026-10-02-pearl/coingecko/bittensor_market_chart_365_20261002T184655-0400.json',
      ],
      [
        'render',
        'd50ee8f5988534ba3c49551aaea7ea340eedc3c0',
        'data/2026-10-02-pearl/coingecko/render-token_market_chart_365_20261002T185519-0400.json',
      ],
    ] as const
  ).map(([slug, commit, file]) => async () => ({
    series: [parseCoinGeckoChart(await read(DANSERV, file), slug, coingecko(gh(DANSERV, commit, file)))],
  })),
  async () => {
    const file = 'data/desk/2026-10-04.json';
    return {
      observations: parseDesk(
        await read(DANSERV, file),
        coingecko(gh(DANSERV, 'e6535b7aaa84f80785780e3f767dac12f238befb', file)),
      ),
    };
  },
  ...(['AKT', 'AR', 'HNT', 'IO'] as const).map((symbol) => async () => {
    const file = `data/${symbol}USDT.csv`;
    const source: DataSource = {
      name: 'Bybit',
      kind: 'perpetual',
      url: gh(BYBIT, BYBIT_AT, file),
      market: `${symbol}USDT`,
    };
    return {
      series: [
        parseCandlesCsv(await read(BYBIT, file), slugOf(symbol), source, {
          time: 'timestamp',
          close: 'close',
          quoteVolume: 'turnover',
        }),
      ],
    };
  }),
  async () => {
    const repo = 'djienne/Hurst_Crypto';
    const file = 'data/FILUSDT.csv';
    const source: DataSource = { name: 'Binance', kind: 'spot', url: gh(repo, 'c83fd013', file), market: 'FILUSDT' };
    return {
      series: [
        parseCandlesCsv(await read(repo, file), 'filecoin', source, {
          time: 'open_time',
          close: 'close',
          quoteVolume: 'quote_asset_volume',
        }),
      ],
    };
  },
  async () => {
    const repo = 'michaltakac/cryptoeconomy-for-ai-agents';
    const file = 'data/ai_agent_tokens.json';
    return { observations: parseCoinGeckoMarkets(await read(repo, file), () => coingecko(gh(repo, 'ed2fd56f', file))) };
  },
  async () => {
    // CoinGecko top-100 prices taken at 12:00 UTC, one file per day: data/YYYY/MM/prices_YYYY-MM-DD.csv.
    const repo = 'zeketests/crypto-daily-prices';
    const root = path.join(dir, folderOf(repo));
    const files = (await readdir(path.join(root, 'data'), { recursive: true }))
      .filter((f) => /prices_\d{4}-\d{2}-\d{2}\.csv$/.test(f))
      .sort();
    const lists = await Promise.all(
      files.map(async (f) => ({
        date: /(\d{4}-\d{2}-\d{2})\.csv$/.exec(f)![1]!,
        text: await readFile(path.join(root, 'data', f), 'utf8'),
      })),
    );
    return { series: parseDailyPriceLists(lists, 12, coingecko(`https://github.com/${repo}/tree/40abcc4d/data`)) };
  },
  async () => {
    // Answers recorded by `npm run data:record`: coingecko-api/<date>/coins_markets.json and charts.
    const root = path.join(dir, 'coingecko-api');
    const days = await readdir(root).catch(() => [] as string[]);
    const parts = await Promise.all(
      days.map(async (day) => {
        const files = await readdir(path.join(root, day));
        const text = (f: string) => readFile(path.join(root, day, f), 'utf8');
        const observations = files.includes('coins_markets.json')
          ? parseCoinGeckoMarkets(await text('coins_markets.json'), coingeckoSource)
          : [];
        const series = await Promise.all(
          files.flatMap((f) => {
            const id = /^(.+)_market_chart_365\.json$/.exec(f)?.[1];
            const token = id ? tokenByCoingeckoId(id) : undefined;
            return id && token ? [text(f).then((t) => parseCoinGeckoChart(t, token.slug, coingeckoSource(id)))] : [];
          }),
        );
        return { observations, series };
      }),
    );
    return { observations: parts.flatMap((p) => p.observations), series: parts.flatMap((p) => p.series) };
  },
];

function folderOf(repo: string): string {
  return repo.replace('/', '__');
}

function read(repo: string, file: string): Promise<string> {
  return readFile(path.join(dir, folderOf(repo), file), 'utf8');
}

function slugOf(symbol: string): TokenSlug {
  const token = TOKENS.find((t) => t.symbol === symbol);
  if (!token) throw new Error(`no tracked token with symbol ${symbol}`);
  return token.slug;
}

/** Pretty JSON with each history point on one line: readable diffs, no 30 000-line file. */
export function serialize(snapshot: SnapshotFile): string {
  const history = Object.entries(snapshot.history).map(([slug, s]) => {
    const points = s!.points.map((p) => `    ${JSON.stringify(p)}`).join(',\n');
    return `  ${JSON.stringify(slug)}: {\n   "source": ${JSON.stringify(s!.source)},\n   "asOf": ${JSON.stringify(s!.asOf)},\n   "points": [\n${points}\n   ]\n  }`;
  });
  const head = JSON.stringify({ asOf: snapshot.asOf, quotes: snapshot.quotes }, null, 1).replace(/\n}$/, '');
  return `${head},\n "history": {\n${history.join(',\n')}\n }\n}\n`;
}

const results = await Promise.all(RECORDS.map((load) => load()));
const observations = results.flatMap((r) => r.observations ?? []);
const series = results.flatMap((r) => r.series ?? []).filter((s): s is RecordedSeries => s !== null);
const snapshot = snapshotFileSchema.parse(buildSnapshot(observations, series));
const text = serialize(snapshot);
snapshotFileSchema.parse(JSON.parse(text));
await writeFile(out, text);

console.log(`snapshot: ${snapshot.quotes.length} quotes, as of ${snapshot.asOf}`);
for (const token of TOKENS) {
  const q = snapshot.quotes.find((x) => x.slug === token.slug);
  const h = snapshot.history[token.slug];
  console.log(
    [
      token.symbol.padEnd(6),
      q ? `${q.asOf.slice(0, 10)} ${q.source.name} ${q.source.kind}`.padEnd(34) : 'no quote'.padEnd(34),
      h
        ? `${String(h.points.length).padStart(4)} days ${new Date(h.points[0]![0]).toISOString().slice(0, 10)}..${h.asOf.slice(0, 10)} ${h.source.name} ${h.source.kind}`
        : 'no history',
    ].join(' '),
  );
}
