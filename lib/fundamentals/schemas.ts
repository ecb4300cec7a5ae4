import { z } from 'zod';

// Raw DefiLlama shapes: `GET /summary/fees/{protocol}?dataType=dailyFees|dailyRevenue`. These
// types never leave lib/fundamentals. DefiLlama adds fields over time: unknown ones pass.

const usd = z.number().finite().nonnegative();

export const rawFeesSummarySchema = z.looseObject({
  total24h: usd.nullable().optional(),
  total7d: usd.nullable().optional(),
  total30d: usd.nullable(),
  /** Daily values, oldest first: [unix seconds, USD]. */
  totalDataChart: z.array(z.tuple([z.number().int().nonnegative(), z.number().finite()])).optional(),
});
export type RawFeesSummary = z.infer<typeof rawFeesSummarySchema>;
