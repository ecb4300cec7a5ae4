import { z } from 'zod';

import { TOKENS, type TokenSlug } from '@/lib/market/registry';

// Revenue and fees the protocols or their analysts reported, each with its period, source and
// date: what the site shows offline (labelled "reported" with its period) and where no live
// source covers a token. Editors add the newest quarter at each review; `npm run content:check`
// validates this list (lib/fundamentals/check.ts).

const isoDate = z.iso.date();

export const reportedFigureSchema = z
  .object({
    slug: z.enum(TOKENS.map((t) => t.slug) as [TokenSlug, ...TokenSlug[]]),
    /** `revenue`: what users paid for the service, as the report defines it; `fees`: network fees. */
    metric: z.enum(['revenue', 'fees']),
    amountUsd: z.number().finite().positive(),
    period: z.object({ start: isoDate, end: isoDate }).refine((p) => p.start <= p.end, 'period starts after it ends'),
    /** What the report counts, in its own terms (English; the pages translate by slug). */
    definition: z.string().min(10),
    source: z.object({ title: z.string().min(5), url: z.url({ protocol: /^https$/ }) }),
    /** When the report was published, where known. */
    publishedAt: isoDate.nullable(),
    /** When an editor read the figure at that URL. */
    retrievedAt: isoDate,
    /** True when the URL republishes or quotes the original report rather than being it. */
    secondary: z.boolean(),
  })
  .strict();

export type ReportedFigure = z.infer<typeof reportedFigureSchema>;

export const REPORTED_FIGURES: readonly ReportedFigure[] = [
  {
    slug: 'akash',
    metric: 'revenue',
    amountUsd: 253_250,
    period: { start: '2026-01-01', end: '2026-03-31' },
    definition:
      'Lease revenue: what tenants paid providers for leases in the quarter (Messari, State of Akash Q1 2026)',
    source: {
      title: 'Messari, State of Akash Q1 2026, as summarised by ownyourmind.ai',
      url: 'https://www.ownyourmind.ai/projects/akash/',
    },
    publishedAt: '2026-05-15',
    retrievedAt: '2026-12-01',
    secondary: true,
  },
  {
    slug: 'io-net',
    metric: 'revenue',
    amountUsd: 3_100_000,
    period: { start: '2024-10-01', end: '2024-12-31' },
    definition:
      'Revenue for compute suppliers: what GPU and CPU renters paid suppliers in the quarter (Messari, State of io.net Q4 2024)',
    source: {
      title: 'Messari, State of io.net Q4 2024 (Troy Harris), republished by Bitget',
      url: 'https://bitget.style/news/detail/12560604622468',
    },
    publishedAt: null,
    retrievedAt: '2026-12-01',
    secondary: true,
  },
  {
    slug: 'filecoin',
    metric: 'fees',
    amountUsd: 793_000,
    period: { start: '2025-07-01', end: '2025-09-30' },
    definition:
      'Total network fees, all burned; 99.5% of them penalties in the quarter (Messari, State of Filecoin Q3 2025)',
    source: {
      title: 'Messari, State of Filecoin Q3 2025 (Armita), republished by Followin',
      url: 'https://followin.io/feed/21519702',
    },
    publishedAt: null,
    retrievedAt: '2026-12-01',
    secondary: true,
  },
  {
    slug: 'helium',
    metric: 'revenue',
    amountUsd: 2_300_000,
    period: { start: '2025-10-01', end: '2025-12-31' },
    definition:
      'Data Credit burns from carrier offload and other network usage in the quarter (Helium Q4 2025 Tokenholder Report)',
    source: {
      title: 'Helium Q4 2025 Tokenholder Report, as reported by SolanaFloor',
      url: 'https://solanafloor.com/news/helium-reaches-3-3-m-all-time-high-in-daily-users',
    },
    publishedAt: null,
    retrievedAt: '2026-12-01',
    secondary: true,
  },
];

/** Days in a period, both ends included. */
export function periodDays(period: { start: string; end: string }): number {
  return Math.round((Date.parse(period.end) - Date.parse(period.start)) / 86_400_000) + 1;
}

/** The newest reported figure of a token and metric (by the end of its period). */
export function latestReported(
  slug: TokenSlug,
  metric: ReportedFigure['metric'],
  figures = REPORTED_FIGURES,
): ReportedFigure | null {
  return (
    figures
      .filter((f) => f.slug === slug && f.metric === metric)
      .sort((a, b) => b.period.end.localeCompare(a.period.end))[0] ?? null
  );
}
