import { columnsOf, type CsvColumn, toCsv } from '@/lib/data/csv';

import type { ComputeMarket, GpuOffer } from './contract';

// The /data/gpu-prices downloads: the JSON is the ComputeMarket the page renders; the CSV has one
// row per offer, its columns named like the JSON fields (source as source_title, source_url).

export const OFFER_CSV_COLUMNS: CsvColumn<GpuOffer>[] = [
  ...columnsOf<GpuOffer & Record<string, unknown>>(['gpu', 'provider', 'network', 'kind', 'usdPerGpuHour']),
  { key: 'rangeMin', value: (o) => o.range?.min },
  { key: 'rangeMax', value: (o) => o.range?.max },
  ...columnsOf<GpuOffer & Record<string, unknown>>(['variant', 'region', 'date']),
  { key: 'source_title', value: (o) => o.source.title },
  { key: 'source_url', value: (o) => o.source.url },
  { key: 'verified', value: (o) => o.verified },
];

export function offersCsv(market: ComputeMarket): string {
  return toCsv(market.offers, OFFER_CSV_COLUMNS);
}
