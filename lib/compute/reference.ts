import { z } from 'zod';

import { type GpuOffer, NETWORKS, OFFER_KINDS, sourceSchema } from './contract';
import { GPU_IDS } from './gpus';

// Dated reference prices (content/data/gpu-prices.ts): what editors write each quarter. A price
// is copied as its source states it, per GPU or per multi-GPU instance; the site divides.

const usd = z.number().finite().positive();

export const referencePriceSchema = z.discriminatedUnion('per', [
  z.object({ per: z.literal('gpu'), usd, usdMax: usd.optional() }).strict(),
  /** An instance's hourly price as listed, and how many GPUs the instance has. */
  z.object({ per: z.literal('instance'), usd, gpus: z.number().int().min(2).max(72) }).strict(),
]);

export const referenceRowSchema = z
  .object({
    gpu: z.enum(GPU_IDS),
    provider: z.string().min(2),
    network: z.enum(NETWORKS),
    kind: z.enum(OFFER_KINDS),
    price: referencePriceSchema,
    variant: z.string().min(1).nullable(),
    region: z.string().min(1).nullable(),
    date: z
      .string({ error: 'every price needs the date its source gives' })
      .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'date must be YYYY-MM-DD or YYYY-MM'),
    source: sourceSchema,
    verified: z.boolean(),
  })
  .strict();
export type ReferenceRow = z.input<typeof referenceRowSchema>;

/** USD per GPU-hour: an instance's price divided by its GPUs; a per-GPU price as is. */
export function perGpuHour(price: z.infer<typeof referencePriceSchema>): number {
  return price.per === 'instance' ? price.usd / price.gpus : price.usd;
}

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

export function referenceOffer(row: z.infer<typeof referenceRowSchema>): GpuOffer {
  const { price, source } = row;
  const usdPerGpuHour = round4(perGpuHour(price));
  const variant =
    price.per === 'instance'
      ? [row.variant, `$${price.usd}/h ÷ ${price.gpus} GPUs`].filter(Boolean).join(', ')
      : row.variant;
  return {
    gpu: row.gpu,
    provider: row.provider,
    network: row.network,
    kind: row.kind,
    usdPerGpuHour,
    range: price.per === 'gpu' && price.usdMax ? { min: price.usd, max: price.usdMax } : null,
    variant,
    region: row.region,
    date: row.date,
    source,
    verified: row.verified,
  };
}
