import { cloudSaving } from '@/lib/tokenomics/provider';

import type { ComputeMarket, GpuOffer, NetworkSupply } from './contract';
import type { GpuId } from './gpus';
import type { AkashModelPrice } from './reshape';

// Pure assembly and comparisons of the compute market, shared by the page, the MDX component
// and the downloads.

export const HYPERSCALERS = ['AWS', 'Google Cloud', 'Microsoft Azure'] as const;

export const AKASH_LIVE_SOURCE = {
  title: 'Akash Console API: /v1/gpu-prices',
  url: 'https://console-api.akash.network/v1/gpu-prices',
};

export function akashOffers(
  prices: AkashModelPrice[],
  asOf: string,
  source: { title: string; url: string },
): GpuOffer[] {
  return prices.flatMap((p) =>
    p.price
      ? [
          {
            gpu: p.gpu,
            provider: 'Akash',
            network: 'depin' as const,
            kind: 'bid' as const,
            usdPerGpuHour: p.price.usd,
            range: { min: p.price.min, max: p.price.max },
            variant: p.variant,
            region: null,
            date: asOf.slice(0, 10),
            source,
            verified: true,
          },
        ]
      : [],
  );
}

export function assembleMarket(asOf: string, offers: GpuOffer[], networks: NetworkSupply[]): ComputeMarket {
  const sorted = [...offers].sort(
    (a, b) => a.gpu.localeCompare(b.gpu) || a.usdPerGpuHour - b.usdPerGpuHour || a.provider.localeCompare(b.provider),
  );
  return { asOf, offers: sorted, networks };
}

export function offersOf(market: ComputeMarket, gpu: GpuId): GpuOffer[] {
  return market.offers.filter((o) => o.gpu === gpu);
}

/** The cheapest offer of each kind: what the table marks. */
export function cheapestByKind(offers: GpuOffer[]): Map<GpuOffer['kind'], GpuOffer> {
  const best = new Map<GpuOffer['kind'], GpuOffer>();
  for (const offer of offers) {
    const current = best.get(offer.kind);
    if (!current || offer.usdPerGpuHour < current.usdPerGpuHour) best.set(offer.kind, offer);
  }
  return best;
}

export interface Saving {
  depin: GpuOffer;
  hyperscaler: GpuOffer;
  /** Percent saved by the cheapest DePIN offer against the cheapest hyperscaler on-demand price. */
  percent: number;
}

/**
 * The saving the guide cites: the cheapest DePIN offer of any kind against the cheapest
 * on-demand price of AWS, Google Cloud or Azure. Null when either side has no price.
 */
export function hyperscalerSaving(offers: GpuOffer[]): Saving | null {
  const min = (list: GpuOffer[]) =>
    list.reduce<GpuOffer | null>((a, o) => (!a || o.usdPerGpuHour < a.usdPerGpuHour ? o : a), null);
  const depin = min(offers.filter((o) => o.network === 'depin'));
  const hyperscaler = min(
    offers.filter((o) => o.kind === 'on-demand' && (HYPERSCALERS as readonly string[]).includes(o.provider)),
  );
  if (!depin || !hyperscaler) return null;
  const percent = cloudSaving(depin.usdPerGpuHour, hyperscaler.usdPerGpuHour);
  return percent == null ? null : { depin, hyperscaler, percent };
}
