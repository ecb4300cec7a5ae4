import 'server-only';

import { cache } from 'react';

import { GPU_PRICE_ROWS } from '@/content/data/gpu-prices';
import { logMarketEvent as logUpstreamEvent } from '@/lib/market/log';
import { UpstreamError } from '@/lib/upstream';

import { getAkashGpuPrices } from './akash';
import { readComputeConfig } from './config';
import type { ComputeMarket, GpuOffer, NetworkSupply } from './contract';
import { AKASH_LIVE_SOURCE, akashOffers, assembleMarket } from './market';
import { referenceOffer, referenceRowSchema } from './reference';
import { type AkashModelPrice, MalformedAkashError, reshapeAkash } from './reshape';
import { AKASH_SNAPSHOT } from './snapshot';

export type { ComputeMarket, GpuOffer, NetworkSupply } from './contract';

export interface ComputeView {
  market: ComputeMarket;
  akash: {
    source: 'live' | 'snapshot';
    asOf: string;
    /** Akash prices the outlier guard refused, and whether an earlier price stands in. */
    withheld: Array<{ gpu: AkashModelPrice['gpu']; variant: string; reason: string; keptFrom: string | null }>;
  };
}

/** The editors' dated rows, validated (content:check reports problems with line context first). */
export const referenceOffers: () => GpuOffer[] = (() => {
  let parsed: GpuOffer[] | null = null;
  return () => (parsed ??= GPU_PRICE_ROWS.map((row) => referenceOffer(referenceRowSchema.parse(row))));
})();

// The last good Akash price per Console entry in this process: when a later answer's price is
// refused as an outlier, the earlier one stays, dated with the answer it came from.
const lastGoodPrices = new Map<string, { price: NonNullable<AkashModelPrice['price']>; asOf: string }>();

function isBuildPhase(): boolean {
  return process.env.NEXT_PHASE === 'phase-production-build';
}

function build(reshaped: ReturnType<typeof reshapeAkash>, asOf: string, source: 'live' | 'snapshot'): ComputeView {
  const withheld: ComputeView['akash']['withheld'] = [];
  const offers: GpuOffer[] = [];
  const sourceRef = source === 'live' ? AKASH_LIVE_SOURCE : AKASH_SNAPSHOT.source;
  for (const p of reshaped.prices) {
    if (p.rejected) {
      const kept = source === 'live' ? lastGoodPrices.get(p.key) : undefined;
      logUpstreamEvent('compute.price_rejected', { model: p.key, reason: p.rejected, kept: kept?.asOf ?? null });
      withheld.push({ gpu: p.gpu, variant: p.variant, reason: p.rejected, keptFrom: kept?.asOf ?? null });
      if (kept) offers.push(...akashOffers([{ ...p, price: kept.price, rejected: null }], kept.asOf, sourceRef));
      continue;
    }
    if (p.price && source === 'live') lastGoodPrices.set(p.key, { price: p.price, asOf });
    offers.push(...akashOffers([p], asOf, sourceRef));
  }
  if (reshaped.dropped.length > 0) logUpstreamEvent('compute.invalid_entries', { dropped: reshaped.dropped });
  const network: NetworkSupply = { ...reshaped.supply, asOf, source };
  return {
    market: assembleMarket(asOf, [...referenceOffers(), ...offers], [network]),
    akash: { source, asOf, withheld },
  };
}

let snapshotView: ComputeView | null = null;
function fromSnapshot(): ComputeView {
  snapshotView ??= build(reshapeAkash(AKASH_SNAPSHOT.body), AKASH_SNAPSHOT.recordedAt, 'snapshot');
  return snapshotView;
}

// At build, a failing upstream is asked once per build worker, not once per page.
let buildFailure: unknown = null;

/**
 * GPU prices and supply: live Akash data merged with the dated reference rows. Same failure
 * contract as the market data: at build time the labelled snapshot stands in; at runtime the
 * error is thrown, so Next keeps serving the last good page and retries on a later request.
 */
export const getComputeMarket = cache(async (): Promise<ComputeView> => {
  const config = readComputeConfig();
  if (config.source === 'snapshot') return fromSnapshot();
  if (buildFailure && isBuildPhase()) return fromSnapshot();
  try {
    const answer = await getAkashGpuPrices(config);
    return build(reshapeAkash(answer.body), answer.answeredAt, 'live');
  } catch (error) {
    buildFailure = error;
    const wrapped = error instanceof MalformedAkashError ? new UpstreamError('schema', error.message) : error;
    if (error instanceof MalformedAkashError)
      logUpstreamEvent('compute.upstream_failure', { kind: 'schema', message: error.message });
    if (isBuildPhase()) {
      logUpstreamEvent('compute.snapshot_fallback', {
        reason: wrapped instanceof Error ? wrapped.message : String(wrapped),
      });
      return fromSnapshot();
    }
    throw wrapped;
  }
});
