import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { describe, expect, it } from 'vitest';

import {
  buildSnapshot,
  parseCandlesCsv,
  parseCoinGeckoChart,
  parseCoinGeckoMarkets,
  parseDailyPriceLists,
  parseDesk,
} from '@/lib/market/records';
import committed from '@/lib/market/snapshot/snapshot.json';
import { type DataSource, snapshotFileSchema } from '@/lib/market/types';

const bybit: DataSource = {
  name: 'Bybit',
  kind: 'perpetual',
  url: 'https://github.com/o/r/blob/c/data/AKTUSDT.csv',
  market: 'AKTUSDT',
};
const desk: DataSource = {
  name: 'CoinGecko',
  kind: 'aggregate',
  url: 'https://github.com/o/r/blob/c/desk.json',
  market: null,
};
const DAY = 86_400_000;
const T0 = Date.parse('2025-11-01T00:00:00Z');

// Nine Bybit daily candles, 2025-11-01 .. 2025-11-09, closes 1.0 .. 1.8.
const candles = [
  'timestamp,open,high,low,close,volume,turnover,date',
  ...Array.from(
    { length: 9 },
    (_, i) => `${T0 + i * DAY},1,2,0.5,${(1 + i / 10).toFixed(1)},100,${150 + i},2025-11-0${i + 1}`,
  ),
].join('\n');

describe('record parsers', () => {
  it('reads Bybit candles: the close as price, the USDT turnover as volume, the last close as the time', () => {
    const series = parseCandlesCsv(candles, 'akash', bybit, {
      time: 'timestamp',
      close: 'close',
      quoteVolume: 'turnover',
    })!;
    expect(series.points).toHaveLength(9);
    expect(series.points[0]).toEqual([T0, 1, null, 150]);
    expect(series.asOf).toBe('2025-11-09T23:59:59.999Z');
    expect(series.source).toEqual(bybit);
  });

  it('reads Binance candles with date-time open times, and keeps one row of a duplicated day', () => {
    const text =
      'open_time,open,high,low,close,volume,close_time,quote_asset_volume\n2026-01-01 00:00:00+00:00,1,1,1,1.5,10,0,15\n2026-01-01 00:00:00+00:00,1,1,1,1.5,10,0,15\n2026-01-02 00:00:00+00:00,1,1,1,1.504,10,0,21.5\n';
    const series = parseCandlesCsv(
      text,
      'filecoin',
      { ...bybit, name: 'Binance', kind: 'spot' },
      { time: 'open_time', close: 'close', quoteVolume: 'quote_asset_volume' },
    )!;
    expect(series.points).toEqual([
      [Date.parse('2026-01-01T00:00:00Z'), 1.5, null, 15],
      [Date.parse('2026-01-02T00:00:00Z'), 1.504, null, 21.5],
    ]);
  });

  it('reads a market_chart answer as one point per UTC day, with its market caps and volumes', () => {
    const t = Date.parse('2026-10-01T00:00:00Z');
    const body = {
      prices: [
        [t, 300],
        [t + DAY, 303],
        [t + DAY + 3_600_000, 290],
      ],
      market_caps: [
        [t, 3e9],
        [t + DAY, 3.1e9],
        [t + DAY + 3_600_000, 2.9e9],
      ],
      total_volumes: [
        [t, 1e8],
        [t + DAY, 2e8],
        [t + DAY + 3_600_000, 3e8],
      ],
    };
    const series = parseCoinGeckoChart(JSON.stringify(body), 'bittensor', desk)!;
    expect(series.points).toEqual([
      [t, 300, 3e9, 1e8],
      [t + DAY, 303, 3.1e9, 2e8],
    ]);
    expect(series.asOf).toBe('2026-10-02T00:00:00.000Z');
  });

  it('reads a desk file: tracked coins only, dated by the day the record names', () => {
    const text = JSON.stringify({
      date: '2026-10-04',
      peers: [
        { id: 'bittensor', price: 302.56, market_cap: 3430831199, volume: 162191740, change_24h: 2.48606 },
        { id: 'bitcoin', price: 85414 },
      ],
    });
    expect(parseDesk(text, desk)).toEqual([
      expect.objectContaining({
        slug: 'bittensor',
        asOf: '2026-10-04',
        priceUsd: 302.56,
        marketCapUsd: 3430831199,
        volume24hUsd: 162191740,
        change24h: 2.48606,
        fdvUsd: null,
        source: desk,
      }),
    ]);
  });

  it('reads a trimmed /coins/markets answer, dated by the time it was retrieved', () => {
    const text = JSON.stringify({
      _meta: { retrieved: '2026-06-30T15:58:34.843Z' },
      tokens: [
        {
          id: 'fetch-ai',
          current_price: 0.171688,
          market_cap: 387307594,
          total_volume: 53422326,
          circulating_supply: 2255854157.2,
        },
        { id: 'venice-token', current_price: 12.67 },
      ],
    });
    const [fet, ...others] = parseCoinGeckoMarkets(text, () => desk);
    expect(others).toEqual([]);
    expect(fet).toMatchObject({
      slug: 'fetch-ai',
      asOf: '2026-06-30T15:58:34.843Z',
      priceUsd: 0.171688,
      circulatingSupply: 2255854157.2,
      fdvUsd: null,
    });
  });

  it('reads daily top-100 lists as series of the tracked symbols, at the hour they were taken', () => {
    const series = parseDailyPriceLists(
      [
        { date: '2026-04-30', text: 'rank,name,symbol,price\n1,Bitcoin,BTC,77000\n83,Filecoin,FIL,0.93\n' },
        { date: '2026-05-01', text: 'rank,name,symbol,price\n1,Bitcoin,BTC,77232\n83,Filecoin,FIL,0.915277\n' },
      ],
      12,
      desk,
    );
    expect(series.map((s) => s.slug)).toEqual(['filecoin']);
    expect(series[0]!.points.map((p) => [new Date(p[0]).toISOString(), p[1]])).toEqual([
      ['2026-04-30T12:00:00.000Z', 0.93],
      ['2026-05-01T12:00:00.000Z', 0.915277],
    ]);
  });
});

describe('buildSnapshot', () => {
  const series = parseCandlesCsv(candles, 'akash', bybit, {
    time: 'timestamp',
    close: 'close',
    quoteVolume: 'turnover',
  })!;

  it('quotes a perpetual close as a perpetual close, with changes computed from its own series', () => {
    const { quotes, history } = buildSnapshot([], [series]);
    const akt = quotes.find((q) => q.slug === 'akash')!;
    expect(akt).toMatchObject({
      priceUsd: 1.8,
      asOf: '2025-11-09T23:59:59.999Z',
      marketCapUsd: null,
      volume24hUsd: 158,
    });
    expect(akt.source).toEqual(bybit);
    expect(akt.source.name).not.toBe('CoinGecko');
    expect(akt.change24h).toBeCloseTo((1.8 / 1.7 - 1) * 100, 10);
    expect(akt.change7d).toBeCloseTo((1.8 / 1.1 - 1) * 100, 10);
    expect(akt.sparkline7d).toEqual([1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8]);
    expect(akt.derived.change7d).toEqual({ asOf: series.asOf, source: bybit });
    expect(history.akash).toMatchObject({ source: bybit, asOf: series.asOf });
    expect(quotes.map((q) => q.slug)).toEqual(['akash']);
  });

  it('prefers a more recent recorded quote, keeps its own source and date, and labels the derived week', () => {
    const quote = parseDesk(
      JSON.stringify({
        date: '2025-11-12',
        peers: [{ id: 'akash-network', price: 2, market_cap: 5e8, change_24h: 3 }],
      }),
      desk,
    );
    const { quotes, asOf } = buildSnapshot(quote, [series]);
    const akt = quotes[0]!;
    expect(akt).toMatchObject({ priceUsd: 2, asOf: '2025-11-12', marketCapUsd: 5e8, change24h: 3, source: desk });
    expect(akt.derived.change24h).toBeUndefined();
    // The week comes from the Bybit series and says so.
    expect(akt.derived.change7d).toEqual({ asOf: series.asOf, source: bybit });
    expect(asOf).toBe('2025-11-12');
  });

  it('derives nothing from a history that ends more than a week before the quote', () => {
    const quote = parseDesk(
      JSON.stringify({ date: '2026-10-04', peers: [{ id: 'akash-network', price: 0.79 }] }),
      desk,
    );
    const akt = buildSnapshot(quote, [series]).quotes[0]!;
    expect(akt).toMatchObject({ change7d: null, sparkline7d: [], derived: {} });
  });
});

describe('the embedded snapshot', () => {
  const snapshot = snapshotFileSchema.parse(committed);

  it('prices 8 of 9 tokens, 7 of them since September 2025, and holds 180+ days of history for 7 (TAO a year)', () => {
    expect(snapshot.quotes).toHaveLength(8);
    expect(snapshot.quotes.map((q) => q.slug)).not.toContain('wifi-map');
    expect(snapshot.quotes.filter((q) => q.asOf >= '2025-09-01').length).toBeGreaterThanOrEqual(7);
    const long = Object.values(snapshot.history).filter((h) => h!.points.length >= 180);
    expect(long.length).toBeGreaterThanOrEqual(7);
    expect(snapshot.history.bittensor!.points.length).toBeGreaterThanOrEqual(365);
  });

  it('names a perpetual series as one, never as CoinGecko', () => {
    for (const h of Object.values(snapshot.history)) {
      if (h!.source.name === 'Bybit') expect(h!.source.kind).toBe('perpetual');
      if (h!.source.name === 'CoinGecko') expect(h!.source.kind).toBe('aggregate');
    }
    expect(snapshot.history.helium!.source).toMatchObject({ name: 'Bybit', kind: 'perpetual', market: 'HNTUSDT' });
  });

  it('is what npm run data:build makes of data/records today', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'build-snapshot-'));
    try {
      const out = path.join(dir, 'snapshot.json');
      await promisify(execFile)('npm', ['run', '-s', 'data:build'], { env: { ...process.env, SNAPSHOT_FILE: out } });
      expect(readFileSync(out, 'utf8')).toBe(readFileSync('lib/market/snapshot/snapshot.json', 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
