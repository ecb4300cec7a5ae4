import { getComputeMarket } from '@/lib/compute';
import { offersCsv } from '@/lib/compute/download';
import { csvDownload } from '@/lib/data/respond';

// One row per offer; the networks' supply is in the JSON. Regenerated like the JSON download.
export const dynamic = 'force-static';
// The market data's default period; the Akash fetch's own (MARKET_REVALIDATE_SECONDS) may be shorter.
export const revalidate = 3600;

export async function GET(): Promise<Response> {
  return csvDownload(offersCsv((await getComputeMarket()).market), 'gpu-prices.csv');
}
