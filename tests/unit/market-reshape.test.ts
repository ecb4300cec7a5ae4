import { describe, expect, it } from 'vitest';

import { TOKENS } from '@/lib/market/registry';
import {
  MalformedDataError,
  reshapeMarketChart,
  reshapeMarkets,
  summarizeLayers,
  toOverview,
} from '@/lib/market/reshape';
import { rawMarketCoinSchema } from '@/lib/market/schemas';

import fixture from '../fixtures/filecoin-market.json';

describe('CoinGecko /coins/markets schema', () => {
  it('accepts the recorded Filecoin element from the reference', () => {
    expect(rawMarketCoinSchema.safeParse(fixture).success).toBe(true);
  });

  it('accepts the nullable fields CoinGecko documents as nullable', () => {
    const nulls = {
      ...fixture,
      market_cap_rank: null,
      fully_diluted_valuation: null,
      max_supply: null,
      total_supply: null,
      price_change_percentage_24h: null,
      high_24h: null,
      low_24h: null,
    };
    expect(rawMarketCoinSchema.safeParse(nulls).success).toBe(true);
  });

  it('rejects a missing or negative price', () => {
    expect(rawMarketCoinSchema.safeParse({ ...fixture, current_price: null }).success).toBe(false);
    expect(rawMarketCoinSchema.safeParse({ ...fixture, current_price: -1 }).success).toBe(false);
  });
});

describe('reshapeMarkets', () => {
  it('turns a recorded answer into domain quotes', () => {
    const { quotes, dropped } = reshapeMarkets([fixture]);
    expect(dropped).toEqual([]);
    expect(quotes.get('filecoin')).toMatchObject({
      slug: 'filecoin',
      priceUsd: 5.45,
      change24h: 2.86396,
      marketCapUsd: 2762152316,
      fdvUsd: 10662284408,
      volume24hUsd: 140952664,
      asOf: '2024-02-12T22:50:35.881Z',
      sparkline7d: [],
    });
  });

  it('prefers the *_in_currency changes and keeps the sparkline', () => {
    const coin = {
      ...fixture,
      price_change_percentage_24h_in_currency: 3.1,
      price_change_percentage_7d_in_currency: -4.2,
      sparkline_in_7d: { price: [1, 2, 3] },
    };
    const quote = reshapeMarkets([coin]).quotes.get('filecoin');
    expect(quote?.change24h).toBe(3.1);
    expect(quote?.change7d).toBe(-4.2);
    expect(quote?.sparkline7d).toEqual([1, 2, 3]);
  });

  it('drops one invalid entry and keeps the others', () => {
    const bad = { ...fixture, id: 'arweave', current_price: 'NaN' };
    const { quotes, dropped } = reshapeMarkets([fixture, bad]);
    expect([...quotes.keys()]).toEqual(['filecoin']);
    expect(dropped).toHaveLength(1);
    expect(dropped[0]).toMatchObject({ index: 1, id: 'arweave' });
    expect(dropped[0]!.issues.join()).toContain('current_price');
  });

  it('ignores coins that are not tracked', () => {
    const { quotes } = reshapeMarkets([fixture, { ...fixture, id: 'bitcoin' }]);
    expect(quotes.size).toBe(1);
  });

  it('throws on a body that is not a list, or has no valid tracked entry', () => {
    expect(() => reshapeMarkets({ error: 'rate limited' })).toThrow(MalformedDataError);
    expect(() => reshapeMarkets([{ id: 'filecoin' }])).toThrow(MalformedDataError);
    expect(() => reshapeMarkets([])).toThrow(MalformedDataError);
  });

  it('asks for both ids of io.net and keeps the entry named io.net, whichever comes first', () => {
    const io = { ...fixture, id: 'io', symbol: 'io', name: 'io.net', current_price: 0.42 };
    const other = { ...fixture, id: 'io-net', symbol: 'io', name: 'IO Protocol', current_price: 9.99 };
    for (const body of [
      [other, io],
      [io, other],
    ]) {
      const { quotes, ids } = reshapeMarkets(body);
      expect(quotes.get('io-net')?.priceUsd).toBe(0.42);
      expect(ids.get('io-net')).toBe('io');
      expect(quotes.get('io-net')?.source.url).toBe('https://www.coingecko.com/en/coins/io');
    }
    // Neither named io.net: the registry's own id wins.
    const { ids } = reshapeMarkets([{ ...io, name: 'IO' }, { ...other }]);
    expect(ids.get('io-net')).toBe('io-net');
  });

  it('gives each live quote its own time and source', () => {
    const quote = reshapeMarkets([fixture]).quotes.get('filecoin');
    expect(quote).toMatchObject({
      asOf: '2024-02-12T22:50:35.881Z',
      source: { name: 'CoinGecko', kind: 'aggregate', url: 'https://www.coingecko.com/en/coins/filecoin' },
      derived: {},
    });
  });
});

describe('toOverview', () => {
  it('lists quotes in registry order and names the missing tokens', () => {
    const overview = toOverview(reshapeMarkets([fixture]).quotes, 'coingecko', '2024-02-12T23:00:00.000Z');
    expect(overview.quotes.map((q) => q.slug)).toEqual(['filecoin']);
    expect(overview.missing).toHaveLength(TOKENS.length - 1);
    expect(overview.missing).toContain('render');
  });
});

describe('summarizeLayers', () => {
  it('sums market caps per layer and weights the 24h change by cap', () => {
    const a = { ...fixture, id: 'filecoin', market_cap: 300, price_change_percentage_24h: 50 };
    const b = { ...fixture, id: 'arweave', market_cap: 100, price_change_percentage_24h: 0 };
    const c = { ...fixture, id: 'render-token', market_cap: 600, price_change_percentage_24h: -25 };
    const layers = summarizeLayers(toOverview(reshapeMarkets([a, b, c]).quotes, 'coingecko', 'x'));
    const storage = layers.find((l) => l.layer === 'storage')!;
    expect(storage.marketCapUsd).toBe(400);
    // Yesterday: 300 / 1.5 + 100 = 300; today 400: +33.33%.
    expect(storage.change24h).toBeCloseTo(33.333, 2);
    expect(storage.share).toBeCloseTo(0.4);
    expect(layers.find((l) => l.layer === 'compute')!.change24h).toBeCloseTo(-25);
    expect(layers.find((l) => l.layer === 'network')).toMatchObject({ marketCapUsd: 0, change24h: null, share: 0 });
  });
});

describe('reshapeMarketChart', () => {
  it('sorts points, removes duplicate timestamps and negative prices', () => {
    const points = reshapeMarketChart({
      prices: [
        [3, 30],
        [1, 10],
        [3, 31],
        [2, -1],
      ],
      market_caps: [],
      total_volumes: [],
    });
    expect(points).toEqual([
      { t: 1, price: 10 },
      { t: 3, price: 31 },
    ]);
  });

  it('throws on a changed shape', () => {
    expect(() => reshapeMarketChart({ data: [] })).toThrow(MalformedDataError);
    expect(() => reshapeMarketChart({ prices: [['a', 1]] })).toThrow(MalformedDataError);
  });
});
