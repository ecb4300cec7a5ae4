import { marketCsv, marketDownload } from '@/lib/data/market';
import { csvDownload } from '@/lib/data/respond';
import { getMarketOverview } from '@/lib/market';

// Regenerated with the market pages: the same period, and the `market` tag of the fetch behind it.
export const revalidate = 3600;

export async function GET() {
  return csvDownload(marketCsv(marketDownload(await getMarketOverview())), 'market.csv');
}
