import { describe, expect, it } from 'vitest';

import { checkFundamentals, scheduleProblems } from '@/lib/fundamentals/check';
import { computeRow } from '@/lib/fundamentals/compute';
import {
  ARWEAVE_BLOCK_MS,
  arweaveHeightAt,
  arweaveMintedTo,
  EMISSIONS,
  issuance30d,
} from '@/lib/fundamentals/emissions';
import {
  annualDilution,
  annualize,
  fdvToRevenue,
  issuanceCoverage,
  issuanceUsd,
  per30Days,
  priceToSales,
} from '@/lib/fundamentals/ratios';
import { latestReported, periodDays, REPORTED_FIGURES, type ReportedFigure } from '@/lib/fundamentals/reported';
import { monthlyRevenueVsIssuance, reshapeFeesSummary } from '@/lib/fundamentals/reshape';
import { TOKENS } from '@/lib/market/registry';
import { snapshotOverview } from '@/lib/market/snapshot';
import type { TokenQuote } from '@/lib/market/types';

const quote = (over: Partial<TokenQuote> = {}): TokenQuote => ({
  slug: 'render',
  priceUsd: 2,
  change24h: null,
  change7d: null,
  change30d: null,
  marketCapUsd: 1_000_000_000,
  fdvUsd: 1_200_000_000,
  volume24hUsd: null,
  circulatingSupply: 500_000_000,
  totalSupply: null,
  maxSupply: null,
  rank: null,
  asOf: '2026-12-01T00:00:00.000Z',
  source: {
    name: 'CoinGecko',
    kind: 'aggregate',
    url: 'https://www.coingecko.com/en/coins/render-token',
    market: null,
  },
  sparkline7d: [],
  derived: {},
  ...over,
});

describe('ratios', () => {
  it('annualizes 30 days as x 365/30 and scales a quarter to 30 days', () => {
    expect(annualize(3_000)).toBe(36_500);
    expect(per30Days(90_000, 90)).toBe(30_000);
    expect(periodDays({ start: '2026-01-01', end: '2026-03-31' })).toBe(90);
  });

  it('divides market cap and FDV by annualized revenue', () => {
    expect(priceToSales(1_000_000, 100_000)).toBe(10);
    expect(fdvToRevenue(2_000_000, 100_000)).toBe(20);
  });

  it('gives no ratio with zero or missing revenue, never Infinity or 0', () => {
    expect(priceToSales(1_000_000, 0)).toBeNull();
    expect(priceToSales(1_000_000, null)).toBeNull();
    expect(fdvToRevenue(null, 5)).toBeNull();
    expect(issuanceCoverage(null, 100)).toBeNull();
    expect(annualize(null)).toBeNull();
  });

  it('gives no coverage with zero issuance, and zero dilution', () => {
    expect(issuanceCoverage(1_000, 0)).toBeNull();
    expect(annualDilution(0, 1_000)).toBe(0);
    expect(issuanceCoverage(0, 1_000)).toBe(0);
  });

  it('values issuance at the price and dilutes a year of it over circulating supply', () => {
    expect(issuanceUsd(1_000, 2.5)).toBe(2_500);
    expect(issuanceUsd(null, 2.5)).toBeNull();
    expect(annualDilution(3_000, 365_000)).toBeCloseTo(0.1);
    expect(annualDilution(3_000, 0)).toBeNull();
  });
});

describe('issuance registry', () => {
  it('lists every tracked token once', () => {
    expect(EMISSIONS.map((e) => e.slug).sort()).toEqual(TOKENS.map((t) => t.slug).sort());
  });

  it('gives every rate a source and a start date, and every missing rate a reason', () => {
    for (const schedule of EMISSIONS) expect(scheduleProblems(schedule), schedule.slug).toEqual([]);
    expect(EMISSIONS.filter((e) => e.tokensPerDay != null && e.sources.length > 0).length).toBeGreaterThanOrEqual(3);
  });

  it('fails a rate without a source and a null without a reason', () => {
    const render = EMISSIONS.find((e) => e.slug === 'render')!;
    expect(scheduleProblems({ ...render, sources: [] })).toContain('has an issuance rate without a source');
    expect(scheduleProblems({ ...render, tokensPerDay: null })).toContain('has no issuance rate and no reason (gap)');
    const findings = checkFundamentals(
      '2026-12-01',
      REPORTED_FIGURES,
      EMISSIONS.map((e) => (e.slug === 'bittensor' ? { ...e, sources: [] } : e)),
    );
    expect(findings.filter((f) => f.level === 'error').map((f) => f.message)).toEqual([
      'bittensor: has an issuance rate without a source',
    ]);
  });

  it('reads the documented rates: RNP-022, HIP 20 as HIP 149 states it, the TAO halving', () => {
    expect(issuance30d(EMISSIONS.find((e) => e.slug === 'render'))).toBeCloseTo((5_900_000 * 30) / 365);
    expect(issuance30d(EMISSIONS.find((e) => e.slug === 'helium'))).toBe(20_548 * 30);
    expect(issuance30d(EMISSIONS.find((e) => e.slug === 'bittensor'))).toBe(108_000);
    expect(issuance30d(EMISSIONS.find((e) => e.slug === 'io-net'))).toBeNull();
  });

  it("computes Filecoin's simple minting from its reward actor's formula (half of it after six years)", () => {
    const filecoin = EMISSIONS.find((e) => e.slug === 'filecoin');
    const genesis = Date.UTC(2020, 7, 24, 22);
    const first = issuance30d(filecoin, genesis + 30 * 86_400_000)!;
    const sixYears = issuance30d(filecoin, genesis + (6 * 365 + 30) * 86_400_000)!;
    expect(first).toBeCloseTo(330_000_000 * (1 - Math.exp((-Math.LN2 * 30) / (6 * 365))), 0);
    expect(sixYears / first).toBeCloseTo(0.5, 2);
    // About 1.5M FIL over the 30 days to 2026-12-01: simple minting alone.
    expect(issuance30d(filecoin, Date.UTC(2026, 11, 1))! / 1e6).toBeCloseTo(1.52, 1);
  });

  it("computes Arweave's scheduled mint from ar_inflation.erl, at a height estimated from dated forks", () => {
    // The node's own tests pin block-year totals: 5.5M AR in year 1, 42,968.75 AR in year 8.
    const minted = (h1: number, h2: number) => arweaveMintedTo(h2) - arweaveMintedTo(h1);
    expect(minted(0, 262_800)).toBeCloseTo(5_500_000, 0);
    expect(minted(7 * 262_800, 8 * 262_800)).toBeCloseTo(42_968.75, 2);
    // The anchors themselves: fork 2.6.8 published 2023-05-30 15:35 UTC, fork 2.9 targeted 2025-02-03 14:00.
    expect(arweaveHeightAt(Date.UTC(2023, 4, 30, 15, 35))).toBeCloseTo(1_189_560, 6);
    expect(arweaveHeightAt(Date.UTC(2025, 1, 3, 14))).toBeCloseTo(1_602_350, 6);
    expect(ARWEAVE_BLOCK_MS / 1000).toBeCloseTo(128.7, 1);
    // The 30 days to 2026-12-01 (block-year 8, heights about 2,028,900 to 2,049,000): about 2,700 AR.
    const arweave = EMISSIONS.find((e) => e.slug === 'arweave');
    const month = issuance30d(arweave, Date.UTC(2026, 11, 1))!;
    expect(month).toBeGreaterThan(2_650);
    expect(month).toBeLessThan(2_750);
    // Halving every 262,800 blocks: the same 30 days a block-year later mint half as much.
    const later = issuance30d(arweave, Date.UTC(2026, 11, 1) + 262_800 * ARWEAVE_BLOCK_MS)!;
    expect(later / month).toBeCloseTo(0.5, 6);
  });
});

describe('reported figures', () => {
  it('pass the content check with no errors and cover at least four tokens', () => {
    expect(checkFundamentals('2026-12-01').filter((f) => f.level === 'error')).toEqual([]);
    expect(new Set(REPORTED_FIGURES.map((f) => f.slug)).size).toBeGreaterThanOrEqual(4);
  });

  it('refuses a figure without a source URL, a period in the future, and warns when stale', () => {
    const good = REPORTED_FIGURES[0] as ReportedFigure;
    const broken = [
      { ...good, source: { title: 'A report title', url: '' } },
      { ...good, period: { start: '2026-11-01', end: '2027-01-31' } },
    ];
    const findings = checkFundamentals('2026-12-01', broken, EMISSIONS);
    expect(findings.filter((f) => f.level === 'error').map((f) => f.message)).toEqual([
      expect.stringMatching(/^reported figure 1: source\.url/),
      expect.stringMatching(/^reported figure 2 \(akash\): its period ends in the future/),
    ]);
    expect(
      checkFundamentals('2026-12-01', [good], EMISSIONS).some(
        (f) => f.level === 'warning' && f.message.startsWith('akash: the newest'),
      ),
    ).toBe(true);
  });

  it('picks the newest period of a token and metric', () => {
    const old = {
      ...(REPORTED_FIGURES[0] as ReportedFigure),
      amountUsd: 1,
      period: { start: '2025-01-01', end: '2025-03-31' },
    };
    expect(latestReported('akash', 'revenue', [old, REPORTED_FIGURES[0] as ReportedFigure])?.amountUsd).toBe(253_250);
  });
});

describe('computeRow', () => {
  const live = { revenue30dUsd: 300_000, fees30dUsd: 320_000, answeredAt: '2026-12-01T10:00:00.000Z' };

  it('keeps every ratio consistent with its parts (live revenue)', () => {
    const row = computeRow({
      slug: 'render',
      quote: quote(),
      live,
      liveDefinition: 'def',
      marketAsOf: '2026-12-01T09:00:00.000Z',
    });
    expect(row.revenueBasis).toBe('live');
    expect(row.asOf).toBe(live.answeredAt);
    expect(row.annualizedRevenueUsd).toBeCloseTo((300_000 * 365) / 30);
    expect(row.issuance30dUsd).toBeCloseTo(row.issuance30dTokens! * 2);
    expect(row.issuanceCoverage).toBeCloseTo(300_000 / row.issuance30dUsd!);
    expect(row.priceToSales).toBeCloseTo(1_000_000_000 / row.annualizedRevenueUsd!);
    expect(row.fdvToRevenue).toBeCloseTo(1_200_000_000 / row.annualizedRevenueUsd!);
    expect(row.annualDilution).toBeCloseTo((row.issuance30dTokens! * 365) / 30 / 500_000_000);
    expect(row.sources.map((s) => s.url)).toContain('https://github.com/rendernetwork/RNPs/blob/main/RNP-022.md');
  });

  it('falls back to the reported figure, labelled with its period', () => {
    const row = computeRow({
      slug: 'akash',
      quote: quote({ slug: 'akash' }),
      live: null,
      liveDefinition: null,
      marketAsOf: '2026-12-01T09:00:00.000Z',
    });
    expect(row).toMatchObject({
      revenueBasis: 'reported',
      revenuePeriod: { start: '2026-01-01', end: '2026-03-31' },
      asOf: '2026-03-31',
    });
    expect(row.revenue30dUsd).toBeCloseTo((253_250 * 30) / 90);
    expect(row.issuanceCoverage).toBeNull();
    expect(row.nullReasons.issuanceCoverage).toBe('no-issuance-schedule');
  });

  it('says why a ratio is missing: zero revenue, no revenue source', () => {
    const zero = computeRow({
      slug: 'render',
      quote: quote(),
      live: { ...live, revenue30dUsd: 0 },
      liveDefinition: null,
      marketAsOf: '',
    });
    expect(zero.priceToSales).toBeNull();
    expect(zero.nullReasons.priceToSales).toBe('zero-revenue');
    expect(zero.issuanceCoverage).toBe(0);
    const none = computeRow({
      slug: 'bittensor',
      quote: quote({ slug: 'bittensor' }),
      live: null,
      liveDefinition: null,
      marketAsOf: '',
    });
    expect(none.revenue30dUsd).toBeNull();
    expect(none.nullReasons).toMatchObject({ revenue30dUsd: 'no-revenue-source', priceToSales: 'no-revenue-source' });
    expect(none.issuance30dTokens).toBe(108_000);
  });

  it('offline: issuance for every documented rate and reported revenue for at least four tokens', () => {
    const overview = snapshotOverview();
    const rows = TOKENS.map((t) =>
      computeRow({
        slug: t.slug,
        quote: overview.quotes.find((q) => q.slug === t.slug) ?? null,
        live: null,
        liveDefinition: null,
        marketAsOf: overview.asOf,
      }),
    );
    expect(rows.filter((r) => r.revenueBasis === 'reported').length).toBeGreaterThanOrEqual(4);
    for (const r of rows) {
      if (r.priceToSales != null) expect(r.priceToSales).toBeCloseTo(r.marketCapUsd! / r.annualizedRevenueUsd!);
      if (r.issuanceCoverage != null) expect(r.issuanceCoverage).toBeCloseTo(r.revenue30dUsd! / r.issuance30dUsd!);
    }
  });
});

describe('DefiLlama reshape', () => {
  const body = {
    total24h: 10,
    total7d: 70,
    total30d: 300,
    totalDataChart: [
      [1764547200, 10],
      [1764633600, 12],
      [1764547200, 11],
    ],
    name: 'x',
  };

  it('reads the 30-day total and one value per day, oldest first', () => {
    const summary = reshapeFeesSummary(body);
    expect(summary.total30d).toBe(300);
    expect(summary.daily).toEqual([
      { t: 1764547200000, usd: 11 },
      { t: 1764633600000, usd: 12 },
    ]);
  });

  it('throws on a body without a 30-day total or of another shape', () => {
    expect(() => reshapeFeesSummary({ ...body, total30d: null })).toThrow('no 30-day total');
    expect(() => reshapeFeesSummary([body])).toThrow('unexpected shape');
    expect(() => reshapeFeesSummary({ ...body, total30d: 'many' })).toThrow('unexpected shape');
  });

  it("sums revenue and values issuance per month at each day's price", () => {
    const day = 86_400_000;
    const start = Date.UTC(2026, 9, 30);
    const daily = [0, 1, 2].map((i) => ({ t: start + i * day, usd: 100 }));
    const prices = [0, 1, 2].map((i) => ({ t: start + i * day, price: 2 }));
    expect(monthlyRevenueVsIssuance(daily, 10, prices)).toEqual([
      { month: '2026-10', revenueUsd: 200, issuedUsd: 40, days: 2 },
      { month: '2026-11', revenueUsd: 100, issuedUsd: 20, days: 1 },
    ]);
    expect(monthlyRevenueVsIssuance(daily, null, prices)[0]?.issuedUsd).toBeNull();
  });
});
