import type { TokenSlug } from '@/lib/market/registry';

import type { DefiLlamaDataType } from './defillama';

// Which DefiLlama series stands for each token's revenue. Slugs and meanings come from
// DefiLlama's adapters (github.com/DefiLlama/dimension-adapters, fees/<protocol>): where their
// "revenue" is narrower than what users pay for the service, the site counts fees instead and
// says so in its own definition (locales: Fundamentals.definition.<slug>).

export interface LiveRevenueSource {
  /** DefiLlama protocol slug: `GET /summary/fees/{protocol}`. */
  protocol: string;
  /** The series counted as revenue; fees are always read too. */
  revenueFrom: DefiLlamaDataType;
  /** DefiLlama's adapter: what its number means. */
  adapter: string;
}

export const LIVE_REVENUE: Partial<Record<TokenSlug, LiveRevenueSource>> = {
  // Revenue = gross job payments: RENDER burned / 0.95 (95% burned, 5% to OTOY).
  render: {
    protocol: 'render-network',
    revenueFrom: 'dailyRevenue',
    adapter: 'https://github.com/DefiLlama/dimension-adapters/blob/master/fees/render-network.ts',
  },
  // DefiLlama's revenue is 0 (it tracks no take); fees are the lease spend in AKT and USDC.
  akash: {
    protocol: 'akash-network',
    revenueFrom: 'dailyFees',
    adapter: 'https://github.com/DefiLlama/dimension-adapters/blob/master/fees/akash-network/index.ts',
  },
  // Fees burned (base fee, overestimation, batch and penalty burns): fees and revenue are the same.
  filecoin: {
    protocol: 'filecoin',
    revenueFrom: 'dailyRevenue',
    adapter: 'https://github.com/DefiLlama/dimension-adapters/blob/master/fees/filecoin.ts',
  },
  // Only fees: AR paid for storing data, most of it into the storage endowment.
  arweave: {
    protocol: 'arweave',
    revenueFrom: 'dailyFees',
    adapter: 'https://github.com/DefiLlama/dimension-adapters/blob/master/fees/arweave/index.ts',
  },
};

/** Why a token has no live revenue: DefiLlama has no adapter, or only a narrower series. */
export const NO_LIVE_REVENUE: Partial<Record<TokenSlug, 'no-adapter' | 'narrow'>> = {
  // DefiLlama counts only Helium Mobile's HNT buy-and-burn (stopped 2026-01-02), not Data Credit burns.
  helium: 'narrow',
  'io-net': 'no-adapter',
  'wifi-map': 'no-adapter',
  'fetch-ai': 'no-adapter',
  bittensor: 'no-adapter',
};

/** Reported figures of these tokens count fees as revenue (their fees are what users pay, all burned). */
export const FEES_ARE_REVENUE: ReadonlySet<TokenSlug> = new Set<TokenSlug>(['filecoin', 'arweave']);
