import { z } from 'zod';

import { GPU_IDS } from './gpus';

// The compute market as the page renders it and as /data/gpu-prices.json answers it: one zod
// schema, one inferred type (STYLE.md rule 16). CSV columns derive from `offerSchema`.

export const NETWORKS = ['depin', 'cloud'] as const;
export const OFFER_KINDS = ['on-demand', 'spot', 'reserved', 'bid'] as const;

const usd = z.number().finite().positive();
const day = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'a date YYYY-MM-DD (or YYYY-MM)');

export const sourceSchema = z.object({ title: z.string().min(3), url: z.url({ protocol: /^https$/ }) }).strict();

export const offerSchema = z
  .object({
    gpu: z.enum(GPU_IDS),
    provider: z.string().min(2),
    network: z.enum(NETWORKS),
    kind: z.enum(OFFER_KINDS),
    /** Per GPU, never per multi-GPU instance. */
    usdPerGpuHour: usd,
    /** The spread behind a headline figure (Akash: its lowest and highest provider price). */
    range: z.object({ min: usd, max: usd }).nullable(),
    /** SKU, form factor or tier: "SXM5 80Gi", "p5en.48xlarge", "Secure Cloud". */
    variant: z.string().nullable(),
    region: z.string().nullable(),
    date: day,
    source: sourceSchema,
    /** False when only a secondary source gives the figure and nobody here checked it at the provider. */
    verified: z.boolean(),
  })
  .strict();
export type GpuOffer = z.infer<typeof offerSchema>;

export const supplyModelSchema = z.object({
  label: z.string(),
  gpu: z.enum(GPU_IDS).nullable(),
  gpusTotal: z.number().int().nonnegative(),
  gpusAvailable: z.number().int().nonnegative(),
  utilization: z.number().min(0).max(1).nullable(),
});
export type SupplyModel = z.infer<typeof supplyModelSchema>;

export const networkSupplySchema = z.object({
  network: z.string(),
  gpusTotal: z.number().int().nonnegative(),
  gpusAvailable: z.number().int().nonnegative(),
  /** 1 - available / total; null when the network reports no GPUs. */
  utilization: z.number().min(0).max(1).nullable(),
  asOf: z.iso.datetime({ offset: true }),
  /** `live`: the network's API at `asOf`; `snapshot`: a recorded answer shipped with the site. */
  source: z.enum(['live', 'snapshot']),
  models: z.array(supplyModelSchema),
});
export type NetworkSupply = z.infer<typeof networkSupplySchema>;

export const computeMarketSchema = z.object({
  asOf: z.iso.datetime({ offset: true }),
  offers: z.array(offerSchema),
  networks: z.array(networkSupplySchema),
});
export type ComputeMarket = z.infer<typeof computeMarketSchema>;

/** 1 - available / total, or null for an empty network. */
export function utilization(total: number, available: number): number | null {
  return total > 0 ? Math.min(1, Math.max(0, 1 - available / total)) : null;
}
