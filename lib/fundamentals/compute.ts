import type { TokenSlug } from '@/lib/market/registry';
import type { TokenQuote } from '@/lib/market/types';

import { emissionSchedule, issuance30d } from './emissions';
import {
  annualDilution,
  annualize,
  fdvToRevenue,
  issuanceCoverage,
  issuanceUsd,
  per30Days,
  priceToSales,
} from './ratios';
import { latestReported, periodDays, REPORTED_FIGURES, type ReportedFigure } from './reported';
import { FEES_ARE_REVENUE, LIVE_REVENUE } from './sources';
import type { FundamentalsToken, NullReason } from './types';

export interface LiveRevenue {
  revenue30dUsd: number;
  fees30dUsd: number;
  answeredAt: string;
}

export interface RowInput {
  slug: TokenSlug;
  quote: TokenQuote | null;
  /** DefiLlama's figures of this token, when live and answered. */
  live: LiveRevenue | null;
  /** Our definition of live revenue (English, for the JSON). */
  liveDefinition: string | null;
  marketAsOf: string;
  reported?: readonly ReportedFigure[];
}

function reportedRevenue(slug: TokenSlug, figures: readonly ReportedFigure[]): ReportedFigure | null {
  return (
    latestReported(slug, 'revenue', figures) ??
    (FEES_ARE_REVENUE.has(slug) ? latestReported(slug, 'fees', figures) : null)
  );
}

/** One token's fundamentals: every ratio computed from the parts in the same row. */
export function computeRow({
  slug,
  quote,
  live,
  liveDefinition,
  marketAsOf,
  reported = REPORTED_FIGURES,
}: RowInput): FundamentalsToken {
  const schedule = emissionSchedule(slug);
  const reasons: Record<string, NullReason> = {};
  const sources: { title: string; url: string }[] = [];

  let revenue30dUsd: number | null = null;
  let fees30dUsd: number | null = null;
  let revenueBasis: FundamentalsToken['revenueBasis'] = null;
  let revenuePeriod: FundamentalsToken['revenuePeriod'] = null;
  let revenueDefinition: string | null = null;
  let asOf = marketAsOf;

  const liveSource = LIVE_REVENUE[slug];
  if (live && liveSource) {
    revenue30dUsd = live.revenue30dUsd;
    fees30dUsd = live.fees30dUsd;
    revenueBasis = 'live';
    revenueDefinition = liveDefinition;
    asOf = live.answeredAt;
    sources.push({
      title: `DefiLlama fees and revenue: ${liveSource.protocol}`,
      url: `https://defillama.com/protocol/${liveSource.protocol}`,
    });
  } else {
    const revenue = reportedRevenue(slug, reported);
    const fees = latestReported(slug, 'fees', reported);
    if (revenue) {
      revenue30dUsd = per30Days(revenue.amountUsd, periodDays(revenue.period));
      revenueBasis = 'reported';
      revenuePeriod = revenue.period;
      revenueDefinition = revenue.definition;
      asOf = revenue.period.end;
      sources.push(revenue.source);
    }
    if (fees) {
      fees30dUsd = per30Days(fees.amountUsd, periodDays(fees.period));
      if (fees !== revenue) sources.push(fees.source);
    }
  }
  if (revenue30dUsd == null) reasons.revenue30dUsd = 'no-revenue-source';
  if (fees30dUsd == null) reasons.fees30dUsd = 'no-revenue-source';

  const issuance30dTokens = issuance30d(schedule);
  if (issuance30dTokens == null) reasons.issuance30dTokens = 'no-issuance-schedule';
  sources.push(...(schedule?.sources ?? []));

  const priceUsd = quote?.priceUsd ?? null;
  const marketCapUsd = quote?.marketCapUsd ?? null;
  const fdvUsd = quote?.fdvUsd ?? null;
  const circulatingSupply = quote?.circulatingSupply ?? null;
  if (!quote) reasons.priceUsd = 'no-market-data';

  const annualizedRevenueUsd = annualize(revenue30dUsd);
  const issued = issuanceUsd(issuance30dTokens, priceUsd);
  const row: FundamentalsToken = {
    slug,
    priceUsd,
    marketCapUsd,
    fdvUsd,
    circulatingSupply,
    revenue30dUsd,
    fees30dUsd,
    annualizedRevenueUsd,
    issuance30dTokens,
    issuance30dUsd: issued,
    issuanceCoverage: issuanceCoverage(revenue30dUsd, issued),
    priceToSales: priceToSales(marketCapUsd, annualizedRevenueUsd),
    fdvToRevenue: fdvToRevenue(fdvUsd, annualizedRevenueUsd),
    annualDilution: annualDilution(issuance30dTokens, circulatingSupply),
    revenueBasis,
    revenuePeriod,
    revenueDefinition,
    issuanceEffectiveFrom: schedule?.effectiveFrom ?? null,
    issuanceBasis: schedule?.basis ?? '',
    nullReasons: reasons,
    sources,
    asOf,
  };
  // Say why each ratio is missing: the first missing or zero part.
  const why = (parts: [number | null, NullReason, NullReason][]): NullReason | undefined => {
    for (const [value, ifNull, ifZero] of parts) {
      if (value == null) return ifNull;
      if (value === 0) return ifZero;
    }
    return undefined;
  };
  const revenueNull: NullReason = revenue30dUsd == null ? 'no-revenue-source' : 'zero-revenue';
  const issuanceNull: NullReason = issuance30dTokens == null ? 'no-issuance-schedule' : 'no-market-data';
  const missing: [keyof FundamentalsToken, NullReason | undefined][] = [
    ['annualizedRevenueUsd', revenue30dUsd == null ? 'no-revenue-source' : undefined],
    ['issuance30dUsd', issued == null ? issuanceNull : undefined],
    [
      'issuanceCoverage',
      why([
        [revenue30dUsd, 'no-revenue-source', 'zero-revenue'],
        [issued, issuanceNull, 'zero-issuance'],
      ]),
    ],
    [
      'priceToSales',
      why([
        [annualizedRevenueUsd, revenueNull, 'zero-revenue'],
        [marketCapUsd, 'no-market-data', 'no-market-data'],
      ]),
    ],
    [
      'fdvToRevenue',
      why([
        [annualizedRevenueUsd, revenueNull, 'zero-revenue'],
        [fdvUsd, 'no-market-data', 'no-market-data'],
      ]),
    ],
    [
      'annualDilution',
      why([
        [issuance30dTokens, 'no-issuance-schedule', 'zero-issuance'],
        [circulatingSupply, 'no-market-data', 'no-market-data'],
      ]),
    ],
  ];
  for (const [key, reason] of missing) if (row[key] == null && reason) reasons[key] = reason;
  return row;
}
