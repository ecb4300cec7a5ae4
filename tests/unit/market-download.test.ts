import { describe, expect, it } from 'vitest';

import { columnsOfSchema, toCsv } from '@/lib/data/csv';
import {
  historyCsv,
  historyDownload,
  historyDownloadSchema,
  marketCsv,
  marketDownload,
  marketDownloadSchema,
  marketRowSchema,
} from '@/lib/data/market';
import { snapshotDailySeries, snapshotOverview } from '@/lib/market/snapshot';
import type { DailySeries, MarketOverview, TokenQuote } from '@/lib/market/types';

const perp = {
  name: 'Bybit',
  kind: 'perpetual',
  url: 'https://github.com/o/r/blob/c/HNTUSDT.csv',
  market: 'HNTUSDT',
} as const;

function quote(over: Partial<TokenQuote>): TokenQuote {
  return {
    slug: 'helium',
    priceUsd: 2.354,
    change24h: 0.5,
    change7d: null,
    change30d: null,
    marketCapUsd: null,
    fdvUsd: null,
    volume24hUsd: 646079.903,
    circulatingSupply: null,
    totalSupply: null,
    maxSupply: null,
    rank: null,
    asOf: '2025-11-13T23:59:59.999Z',
    source: perp,
    sparkline7d: [],
    derived: {},
    ...over,
  };
}

describe('market download', () => {
  const overview: MarketOverview = { source: 'snapshot', asOf: '2026-10-04', quotes: [quote({})], missing: [] };

  it('lists every token, with nulls for what is unknown and a perpetual close named as one', () => {
    const download = marketDownloadSchema.parse(marketDownload(overview));
    expect(download.tokens).toHaveLength(9);
    expect(download.tokens.find((t) => t.slug === 'helium')).toEqual({
      slug: 'helium',
      symbol: 'HNT',
      name: 'Helium',
      layer: 'network',
      priceUsd: 2.354,
      change24h: 0.5,
      change7d: null,
      marketCapUsd: null,
      fdvUsd: null,
      volume24hUsd: 646079.903,
      circulatingSupply: null,
      asOf: '2025-11-13T23:59:59.999Z',
      source: { name: 'Bybit HNTUSDT perpetual futures', url: perp.url },
    });
    expect(download.tokens.find((t) => t.slug === 'wifi-map')).toMatchObject({
      priceUsd: null,
      asOf: null,
      source: null,
    });
  });

  it('writes a CSV whose header is the JSON row type, nulls as empty cells', () => {
    const lines = marketCsv(marketDownload(overview)).split('\n');
    expect(lines[0]).toBe(
      'slug,symbol,name,layer,priceUsd,change24h,change7d,marketCapUsd,fdvUsd,volume24hUsd,circulatingSupply,asOf,sourceName,sourceUrl',
    );
    expect(lines).toContain(
      `helium,HNT,Helium,network,2.354,0.5,,,,646079.903,,2025-11-13T23:59:59.999Z,Bybit HNTUSDT perpetual futures,${perp.url}`,
    );
    expect(lines).toContain('wifi-map,WIFI,WiFi Map,network,,,,,,,,,,');
    expect(lines.at(-1)).toBe('');
    expect(Object.keys(marketRowSchema.shape)).toHaveLength(13);
  });

  it('never lets a locale into numbers, and never writes an exponent', () => {
    const big = quote({ marketCapUsd: 3430831199.5, change24h: -0.0000001, priceUsd: 1234.5 });
    const csv = marketCsv(marketDownload({ ...overview, quotes: [big] }));
    expect(csv).toContain('1234.5,-0.0000001,,3430831199.5,');
    expect(csv).not.toMatch(/3[ ,.\u00a0]430[ ,.\u00a0]831|1[ ,\u00a0]234|e-7/);
  });

  it('quotes a cell with a comma or a quote (RFC 4180)', () => {
    const odd = quote({ source: { ...perp, name: 'Bybit, "USDT" perps' } });
    expect(marketCsv(marketDownload({ ...overview, quotes: [odd] }))).toContain(
      '"Bybit, ""USDT"" perps HNTUSDT perpetual futures"',
    );
  });

  it('derives nested columns from the schema', () => {
    const columns = columnsOfSchema(marketRowSchema);
    expect(columns.map((c) => c.key).slice(-2)).toEqual(['sourceName', 'sourceUrl']);
    expect(toCsv([{ source: null }], columnsOfSchema(historyDownloadSchema.pick({ source: true })))).toBe(
      'sourceName,sourceUrl\n,\n',
    );
  });
});

describe('history download', () => {
  const series: DailySeries = {
    source: perp,
    asOf: '2025-11-13T23:59:59.999Z',
    points: [
      [Date.parse('2025-11-12T00:00:00Z'), 2.334, null, 646079.903],
      [Date.parse('2025-11-13T00:00:00Z'), 2.354, 1.5e9, null],
    ],
  };

  it('has one row per day with its date, price, market cap, volume and source', () => {
    const download = historyDownloadSchema.parse(historyDownload('helium', series));
    expect(download).toMatchObject({
      slug: 'helium',
      symbol: 'HNT',
      asOf: series.asOf,
      source: { name: 'Bybit HNTUSDT perpetual futures' },
    });
    expect(historyCsv(download)).toBe(
      'date,priceUsd,marketCapUsd,volumeUsd,source\n' +
        '2025-11-12,2.334,,646079.903,Bybit HNTUSDT perpetual futures\n' +
        '2025-11-13,2.354,1500000000,,Bybit HNTUSDT perpetual futures\n',
    );
  });

  it('answers a token without a recorded series with no rows and no source', () => {
    expect(historyDownload('wifi-map', null)).toMatchObject({ asOf: null, source: null, days: [] });
    expect(historyCsv(historyDownload('wifi-map', null))).toBe('date,priceUsd,marketCapUsd,volumeUsd,source\n');
  });

  it('gives the embedded snapshot a year of TAO from CoinGecko, with market caps', () => {
    const tao = historyDownload('bittensor', snapshotDailySeries('bittensor'));
    expect(tao.days.length).toBeGreaterThanOrEqual(365);
    expect(tao.days.every((d) => d.source === 'CoinGecko' && d.marketCapUsd !== null)).toBe(true);
    expect(marketDownload(snapshotOverview()).tokens.filter((t) => t.priceUsd !== null)).toHaveLength(8);
  });
});
