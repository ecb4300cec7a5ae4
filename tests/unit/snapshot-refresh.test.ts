import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { afterAll, beforeAll, expect, it } from 'vitest';

import { reshapeMarketChart, reshapeMarkets } from '@/lib/market/reshape';

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

it('npm run data:snapshot writes a data set the site can read', async () => {
  await promisify(execFile)('node', ['scripts/refresh-snapshot.mjs'], {
    env: { ...process.env, COINGECKO_API_BASE: `http://127.0.0.1:${PORT}`, SNAPSHOT_DIR: dir, SNAPSHOT_DELAY_MS: '0' },
  });
  const markets = JSON.parse(readFileSync(path.join(dir, 'markets.json'), 'utf8'));
  const charts = JSON.parse(readFileSync(path.join(dir, 'charts.json'), 'utf8'));
  const meta = JSON.parse(readFileSync(path.join(dir, 'meta.json'), 'utf8'));
  expect(reshapeMarkets(markets).quotes.size).toBe(9);
  expect(reshapeMarketChart(charts['render-token']).length).toBeGreaterThan(300);
  expect(Date.parse(meta.recordedAt)).toBeGreaterThan(Date.now() - 60_000);
});
