import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { afterAll, beforeAll, expect, it } from 'vitest';

import { snapshotFileSchema } from '@/lib/market/types';

const PORT = 3398;
let standIn: ChildProcess;
const dir = mkdtempSync(path.join(tmpdir(), 'snapshot-'));

beforeAll(async () => {
  standIn = spawn('node', ['tests/e2e/stand-in/server.mjs'], {
    env: { ...process.env, STANDIN_PORT: String(PORT) },
    stdio: 'ignore',
  });
  for (let i = 0; i < 50; i++) {
    if (
      await fetch(`http://127.0.0.1:${PORT}/__stats`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
});
afterAll(() => {
  standIn.kill();
  rmSync(dir, { recursive: true, force: true });
});

it('npm run data:record keeps live answers as records, and data:build takes the newer ones into the snapshot', async () => {
  const records = path.join(dir, 'records');
  cpSync('data/records', records, { recursive: true });
  const run = promisify(execFile);
  await run('npm', ['run', '-s', 'data:record'], {
    env: {
      ...process.env,
      COINGECKO_API_BASE: `http://127.0.0.1:${PORT}`,
      RECORDS_DIR: records,
      SNAPSHOT_DELAY_MS: '0',
    },
  });
  const [day] = readdirSync(path.join(records, 'coingecko-api'));
  const recorded = readdirSync(path.join(records, 'coingecko-api', day!));
  expect(recorded).toContain('coins_markets.json');
  // io.net answers under "io" on the stand-in: its history is asked by that id.
  expect(recorded).toContain('io_market_chart_365.json');

  const out = path.join(dir, 'snapshot.json');
  await run('npm', ['run', '-s', 'data:build'], { env: { ...process.env, RECORDS_DIR: records, SNAPSHOT_FILE: out } });
  const snapshot = snapshotFileSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
  expect(snapshot.quotes).toHaveLength(9);
  expect(Date.parse(snapshot.asOf)).toBeGreaterThan(Date.now() - 5 * 60_000);
  const io = snapshot.quotes.find((q) => q.slug === 'io-net')!;
  expect(io.source).toMatchObject({
    name: 'CoinGecko',
    kind: 'aggregate',
    url: 'https://www.coingecko.com/en/coins/io',
  });
  expect(snapshot.history['io-net']!.points.length).toBeGreaterThan(300);
}, 60_000);
