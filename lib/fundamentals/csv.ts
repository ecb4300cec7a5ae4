import { columnsOf, type CsvColumn, toCsv } from '@/lib/data/csv';

import type { FundamentalsData, FundamentalsToken } from './types';

// CSV of /data/fundamentals.csv: the JSON's fields, one row per token; nested fields flattened.
const COLUMNS: CsvColumn<FundamentalsToken>[] = [
  ...columnsOf<FundamentalsToken>([
    'slug',
    'priceUsd',
    'marketCapUsd',
    'fdvUsd',
    'circulatingSupply',
    'revenue30dUsd',
    'fees30dUsd',
    'annualizedRevenueUsd',
    'issuance30dTokens',
    'issuance30dUsd',
    'issuanceCoverage',
    'priceToSales',
    'fdvToRevenue',
    'annualDilution',
    'revenueBasis',
  ]),
  { key: 'revenuePeriodStart', value: (row) => row.revenuePeriod?.start },
  { key: 'revenuePeriodEnd', value: (row) => row.revenuePeriod?.end },
  { key: 'revenueDefinition', value: (row) => row.revenueDefinition },
  { key: 'issuanceEffectiveFrom', value: (row) => row.issuanceEffectiveFrom },
  { key: 'sources', value: (row) => row.sources.map((s) => s.url).join(' ') },
  { key: 'asOf', value: (row) => row.asOf },
];

export function fundamentalsCsv(data: FundamentalsData): string {
  return toCsv(data.tokens, COLUMNS);
}
