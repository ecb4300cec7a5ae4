import { csvDownload } from '@/lib/data/respond';
import { getFundamentals } from '@/lib/fundamentals';
import { fundamentalsCsv } from '@/lib/fundamentals/csv';

// Regenerated like the market pages: the fetches inside carry the market period and tags.
export const revalidate = 86400;

export async function GET(): Promise<Response> {
  return csvDownload(fundamentalsCsv(await getFundamentals()), 'fundamentals.csv');
}
