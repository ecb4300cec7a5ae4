import { describe, expect, it } from 'vitest';

import { equilibriumPrice, simulateBme, tokensBurned } from '@/lib/tokenomics/bme';
import { cloudSaving, providerEconomics, type ProviderInput } from '@/lib/tokenomics/provider';

describe('burn-and-mint equilibrium', () => {
  const example = { demand: 100_000, mint: 50_000, price: 1.5, supply: 1_000_000, growth: 0, months: 24 };

  it('matches the worked example: P* = 2, net emission -16,666.67, supply 600,000 after 24 months', () => {
    const result = simulateBme(example);
    expect(result.equilibriumPrice).toBe(2);
    expect(result.burned).toBeCloseTo(66_666.667, 2);
    expect(result.netEmission).toBeCloseTo(-16_666.667, 2);
    expect(result.supplyAfter).toBeCloseTo(600_000, 4);
    expect(result.projection).toHaveLength(24);
    expect(result.projection[0]).toMatchObject({ month: 1, minted: 50_000 });
  });

  it('grows supply when the price is above equilibrium and shrinks it below', () => {
    expect(simulateBme({ ...example, price: 3 }).netEmission).toBeGreaterThan(0);
    expect(simulateBme({ ...example, price: 2 }).netEmission).toBeCloseTo(0, 8);
    expect(simulateBme({ ...example, price: 1 }).netEmission).toBeLessThan(0);
  });

  it('compounds monthly demand growth', () => {
    const result = simulateBme({ ...example, growth: 10, months: 3 });
    expect(result.projection.map((m) => Math.round(m.demand))).toEqual([100_000, 110_000, 121_000]);
  });

  it('has no equilibrium when nothing is minted, and burns nothing at a zero price', () => {
    expect(equilibriumPrice(100, 0)).toBeNull();
    expect(tokensBurned(100, 0)).toBe(0);
  });

  it('never burns supply that does not exist', () => {
    const result = simulateBme({ demand: 1e9, mint: 0, price: 1, supply: 1000, growth: 0, months: 12 });
    expect(result.supplyAfter).toBe(0);
    expect(result.projection.every((m) => m.supply >= 0)).toBe(true);
  });
});

describe('provider economics', () => {
  const h100: ProviderInput = {
    gpuPrice: 2,
    util: 50,
    take: 0,
    rewards: 0,
    tokenPrice: 0,
    powerW: 700,
    pue: 1,
    kwh: 0.1,
    hardware: 27_000,
    amort: 36,
    hosting: 0,
  };

  it('follows the formula over 730 hours', () => {
    const r = providerEconomics(h100);
    expect(r.rentalRevenue).toBeCloseTo(730);
    expect(r.powerCost).toBeCloseTo(0.7 * 365 * 0.1);
    expect(r.amortization).toBeCloseTo(750);
    expect(r.profit).toBeCloseTo(730 - 25.55 - 750);
    expect(r.breakEvenMonths).toBeCloseTo(27_000 / (730 - 25.55));
  });

  it('takes the network cut and adds token rewards', () => {
    const r = providerEconomics({ ...h100, take: 20, rewards: 100, tokenPrice: 2.5 });
    expect(r.rentalRevenue).toBeCloseTo(584);
    expect(r.rewardRevenue).toBe(250);
  });

  it('says "never" when the margin before amortisation is not positive', () => {
    expect(providerEconomics({ ...h100, util: 0 }).breakEvenMonths).toBeNull();
    expect(providerEconomics({ ...h100, hosting: 10_000 }).breakEvenMonths).toBeNull();
  });

  it('stays finite with a zero amortisation period', () => {
    expect(Number.isFinite(providerEconomics({ ...h100, amort: 0 }).profit)).toBe(true);
  });
});

describe('cloud comparison', () => {
  it('turns the reference prices into a saving', () => {
    expect(cloudSaving(2.04, 12.29)).toBeCloseTo(83.4, 1);
    expect(cloudSaving(3.16, 12.29)).toBeCloseTo(74.3, 1);
    expect(cloudSaving(15, 12)).toBeLessThan(0);
    expect(cloudSaving(1, 0)).toBeNull();
  });
});
