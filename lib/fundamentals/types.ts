import { z } from 'zod';

// The data contract of fundamentals: the JSON of /data/fundamentals.json is this type, the pages
// render the same rows, and the CSV columns derive from it (STYLE 16).

const usd = z.number().finite().nullable();

export const NULL_REASONS = [
  'no-revenue-source',
  'no-issuance-schedule',
  'zero-issuance',
  'zero-revenue',
  'no-market-data',
] as const;
export type NullReason = (typeof NULL_REASONS)[number];

export const fundamentalsTokenSchema = z.object({
  slug: z.string(),
  priceUsd: usd,
  marketCapUsd: usd,
  fdvUsd: usd,
  circulatingSupply: usd,
  revenue30dUsd: usd,
  fees30dUsd: usd,
  annualizedRevenueUsd: usd,
  issuance30dTokens: usd,
  issuance30dUsd: usd,
  issuanceCoverage: usd,
  priceToSales: usd,
  fdvToRevenue: usd,
  annualDilution: usd,
  /** `live`: DefiLlama's last 30 days; `reported`: a report's period scaled to 30 days. */
  revenueBasis: z.enum(['live', 'reported']).nullable(),
  /** The reported period the revenue comes from (null when live or unknown). */
  revenuePeriod: z.object({ start: z.string(), end: z.string() }).nullable(),
  revenueDefinition: z.string().nullable(),
  /** When the issuance schedule in effect took effect. */
  issuanceEffectiveFrom: z.string().nullable(),
  issuanceBasis: z.string(),
  /** Why a figure is null, by field name. */
  nullReasons: z.record(z.string(), z.enum(NULL_REASONS)),
  sources: z.array(z.object({ title: z.string(), url: z.string() })),
  /** When the revenue figures were answered (live) or reported; the market data's time otherwise. */
  asOf: z.string(),
});
export type FundamentalsToken = z.infer<typeof fundamentalsTokenSchema>;

export const fundamentalsDataSchema = z.object({
  asOf: z.string(),
  /** Where the market figures come from, as /data/market.json says it. */
  marketSource: z.enum(['coingecko', 'snapshot']),
  revenueSource: z.enum(['defillama', 'reported']),
  tokens: z.array(fundamentalsTokenSchema),
});
export type FundamentalsData = z.infer<typeof fundamentalsDataSchema>;

/** Figures a reader compares, in table order; the CSV and the tables list them in this order. */
export const FIGURE_KEYS = [
  'revenue30dUsd',
  'fees30dUsd',
  'annualizedRevenueUsd',
  'issuance30dTokens',
  'issuance30dUsd',
  'issuanceCoverage',
  'priceToSales',
  'fdvToRevenue',
  'annualDilution',
] as const satisfies readonly (keyof FundamentalsToken)[];
export type FigureKey = (typeof FIGURE_KEYS)[number];
