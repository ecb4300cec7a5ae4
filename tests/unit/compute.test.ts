import { describe, expect, it } from 'vitest';

import { GPU_PRICE_ROWS } from '@/content/data/gpu-prices';
import { computeMarketSchema, utilization } from '@/lib/compute/contract';
import { akashOffers, assembleMarket, cheapestByKind, hyperscalerSaving } from '@/lib/compute/market';
import { perGpuHour, referenceOffer, referenceRowSchema } from '@/lib/compute/reference';
import { checkPrice, MalformedAkashError, reshapeAkash } from '@/lib/compute/reshape';
import { AKASH_SNAPSHOT } from '@/lib/compute/snapshot';
import { checkGpuPriceRows, quartersOld } from '@/lib/content/gpu-prices-check';

const price = (
  p: Partial<{ currency: string; min: number; max: number; avg: number; weightedAverage: number; med: number }>,
) => ({
  currency: 'USD',
  min: 2,
  max: 3,
  avg: 2.5,
  weightedAverage: 2.5,
  med: 2.5,
  ...p,
});

describe('Akash /v1/gpu-prices schema and reshape', () => {
  it('reads the recorded answer: network and per-model supply, H100 headline with its range', () => {
    const { supply, prices, dropped } = reshapeAkash(AKASH_SNAPSHOT.body);
    expect(dropped).toEqual([]);
    expect(supply).toMatchObject({ network: 'Akash', gpusTotal: 292, gpusAvailable: 110 });
    expect(supply.utilization).toBeCloseTo(1 - 110 / 292, 10);
    const h100 = supply.models.find((m) => m.gpu === 'h100');
    expect(h100).toMatchObject({ gpusTotal: 68, gpusAvailable: 15 });
    expect(prices.find((p) => p.gpu === 'h100')).toMatchObject({
      price: { usd: 2.72, min: 2.04, max: 3.16 },
      rejected: null,
      variant: 'SXM5 80 GB',
    });
    // Models the page does not compare still count in supply but give no offer.
    expect(supply.models.some((m) => m.label.startsWith('T4'))).toBe(true);
    expect(prices.some((p) => p.key.includes('t4'))).toBe(false);
  });

  it('treats a model with price null as no offer, and drops a malformed model alone', () => {
    const body = {
      availability: { total: 10, available: 4 },
      models: [
        {
          vendor: 'nvidia',
          model: 'h200',
          ram: '141Gi',
          interface: 'SXM5',
          availability: { total: 8, available: 8 },
          price: null,
        },
        {
          vendor: 'nvidia',
          model: 'h100',
          ram: '80Gi',
          interface: 'SXM5',
          availability: { total: 2, available: 5 },
          price: price({}),
        },
        {
          vendor: 'nvidia',
          model: 'a100',
          ram: '80Gi',
          interface: 'SXM4',
          availability: { total: 2, available: 0 },
          price: { currency: 'USD', min: 'cheap' },
        },
      ],
    };
    const { prices, dropped, supply } = reshapeAkash(body);
    expect(prices).toEqual([expect.objectContaining({ gpu: 'h200', price: null, rejected: null })]);
    expect(dropped.map((d) => d.index)).toEqual([1, 2]);
    expect(supply.models).toHaveLength(1);
    expect(akashOffers(prices, '2026-12-01T00:00:00Z', { title: 'x', url: 'https://example.com' })).toEqual([]);
  });

  it('rejects a body without the envelope', () => {
    expect(() => reshapeAkash({ data: [] })).toThrow(MalformedAkashError);
    expect(() => reshapeAkash({ availability: { total: 1, available: 2 }, models: [] })).toThrow(MalformedAkashError);
  });
});

describe('outlier guard', () => {
  it('accepts a weighted average inside [min, max] and near the median', () => {
    expect(checkPrice(price({ min: 2.04, max: 3.16, weightedAverage: 2.72, med: 2.56 }))).toEqual({
      ok: true,
      usd: 2.72,
      min: 2.04,
      max: 3.16,
    });
  });
  it('rejects a weighted average outside [min, max]', () => {
    const result = checkPrice(price({ min: 2.04, max: 3.16, weightedAverage: 8.16, med: 2.56 }));
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('outside') });
  });
  it('rejects a weighted average far from the median even inside the range (the duplicate-provider bug)', () => {
    expect(checkPrice(price({ min: 0.41, max: 9, weightedAverage: 6, med: 1.46 }))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('median'),
    });
  });
  it('rejects non-USD, zero and inverted prices', () => {
    expect(checkPrice(price({ currency: 'uakt' })).ok).toBe(false);
    expect(checkPrice(price({ min: 0 })).ok).toBe(false);
    expect(checkPrice(price({ min: 4, max: 3 })).ok).toBe(false);
  });
  it('withholds a rejected price in the reshaped answer', () => {
    const body = {
      availability: { total: 1, available: 0 },
      models: [
        {
          vendor: 'nvidia',
          model: 'h100',
          ram: '80Gi',
          interface: 'SXM5',
          availability: { total: 1, available: 0 },
          price: price({ weightedAverage: 7.5, max: 3 }),
        },
      ],
    };
    expect(reshapeAkash(body).prices[0]).toMatchObject({ price: null, rejected: expect.stringContaining('outside') });
  });
});

describe('per-GPU normalization of reference prices', () => {
  it('divides an instance price by its GPUs and keeps a per-GPU price as is', () => {
    expect(perGpuHour({ per: 'instance', usd: 49.24, gpus: 8 })).toBeCloseTo(6.155, 10);
    expect(perGpuHour({ per: 'gpu', usd: 2.99 })).toBe(2.99);
  });
  it('turns the CoreWeave 8x H100 row into $6.155 per GPU-hour and names the division', () => {
    const row = GPU_PRICE_ROWS.find((r) => r.provider === 'CoreWeave' && r.gpu === 'h100')!;
    const offer = referenceOffer(referenceRowSchema.parse(row));
    expect(offer.usdPerGpuHour).toBe(6.155);
    expect(offer.variant).toContain('$49.24/h ÷ 8 GPUs');
  });
  it('refuses an "instance" of one GPU (a per-GPU price mislabelled)', () => {
    expect(
      referenceRowSchema.safeParse({ ...GPU_PRICE_ROWS[0], price: { per: 'instance', usd: 3, gpus: 1 } }).success,
    ).toBe(false);
  });
});

describe('content rule for dated GPU prices', () => {
  const good = GPU_PRICE_ROWS[0]!;
  it('fails a row without a date or without a source', () => {
    const { date: _date, ...noDate } = good;
    const { source: _source, ...noSource } = good;
    const findings = checkGpuPriceRows([noDate, noSource], '2026-12-01');
    expect(findings.filter((f) => f.level === 'error').map((f) => f.message)).toEqual([
      expect.stringMatching(/row 1 .*date is missing/),
      expect.stringMatching(/row 2 .*source/),
    ]);
  });
  it('warns when a row is more than two quarters old, not before', () => {
    expect(quartersOld('2026-03', '2026-12-01')).toBe(3);
    expect(quartersOld('2026-05-22', '2026-12-01')).toBe(2);
    const findings = checkGpuPriceRows(
      [
        { ...good, date: '2026-03' },
        { ...good, date: '2026-05-22' },
      ],
      '2026-12-01',
    );
    expect(findings).toEqual([
      expect.objectContaining({ level: 'warning', message: expect.stringContaining('row 1') }),
    ]);
  });
  it('passes the shipped file without errors', () => {
    expect(checkGpuPriceRows(GPU_PRICE_ROWS, '2026-12-01').filter((f) => f.level === 'error')).toEqual([]);
  });
});

describe('comparisons computed from the data', () => {
  const source = { title: 'test source', url: 'https://example.com' };
  const offer = (provider: string, network: 'depin' | 'cloud', kind: 'on-demand' | 'spot' | 'bid', usd: number) => ({
    gpu: 'h100' as const,
    provider,
    network,
    kind,
    usdPerGpuHour: usd,
    range: null,
    variant: null,
    region: null,
    date: '2026-11-01',
    source,
    verified: true,
  });
  const offers = [
    offer('AWS', 'cloud', 'on-demand', 4),
    offer('Microsoft Azure', 'cloud', 'on-demand', 7),
    offer('Lambda', 'cloud', 'on-demand', 2.5),
    offer('AWS', 'cloud', 'spot', 2),
    offer('Akash', 'depin', 'bid', 1.5),
  ];

  it('saves against the cheapest hyperscaler on-demand price, not a specialist cloud or spot', () => {
    const saving = hyperscalerSaving(offers)!;
    expect(saving.hyperscaler.provider).toBe('AWS');
    expect(saving.hyperscaler.kind).toBe('on-demand');
    expect(saving.percent).toBeCloseTo(62.5, 10);
  });
  it('gives no saving without a DePIN or a hyperscaler price', () => {
    expect(hyperscalerSaving(offers.filter((o) => o.network === 'cloud'))).toBeNull();
    expect(hyperscalerSaving(offers.filter((o) => o.provider === 'Akash' || o.provider === 'Lambda'))).toBeNull();
  });
  it('marks the cheapest offer of each kind', () => {
    const best = cheapestByKind(offers);
    expect(best.get('on-demand')?.provider).toBe('Lambda');
    expect(best.get('spot')?.usdPerGpuHour).toBe(2);
    expect(best.get('bid')?.provider).toBe('Akash');
  });
  it('assembles a market the download schema accepts', () => {
    const market = assembleMarket('2026-12-01T00:00:00.000Z', offers, [
      {
        network: 'Akash',
        gpusTotal: 2,
        gpusAvailable: 1,
        utilization: utilization(2, 1),
        asOf: '2026-12-01T00:00:00.000Z',
        source: 'live',
        models: [],
      },
    ]);
    expect(computeMarketSchema.safeParse(market).success).toBe(true);
    expect(market.offers[0]?.provider).toBe('Akash');
    expect(utilization(0, 0)).toBeNull();
  });
});

describe('the tools read their cloud-comparison defaults from the data set', () => {
  it("defaults to Akash's recorded H100 headline and AWS's H100 on-demand row", async () => {
    const { CLOUD_PARAMS } = await import('@/lib/tokenomics/params');
    const { CLOUD_COMPARISON } = await import('@/lib/tokenomics/presets');
    const aws = GPU_PRICE_ROWS.find((r) => r.gpu === 'h100' && r.provider === 'AWS' && r.kind === 'on-demand')!;
    const akashH100 = reshapeAkash(AKASH_SNAPSHOT.body).prices.find((p) => p.gpu === 'h100')!.price!;
    expect(CLOUD_PARAMS.map((p) => [p.name, p.default])).toEqual([
      ['depinGpu', akashH100.usd],
      ['cloudGpu', perGpuHour(aws.price as never)],
    ]);
    expect(CLOUD_COMPARISON.depin).toMatchObject({ low: akashH100.min, high: akashH100.max, date: '2026-09-28' });
    expect(CLOUD_COMPARISON.cloud).toMatchObject({ provider: 'AWS', date: aws.date, source: aws.source });
  });
});
