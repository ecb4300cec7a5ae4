import { getComputeMarket } from '@/lib/compute';
import { jsonDownload } from '@/lib/data/respond';

// Regenerated like the market data: the Akash fetch inside carries the `compute` tag and the
// market period, which sets this answer's revalidation. Not in the sitemap (not a page).
export const dynamic = 'force-static';
// The market data's default period; the Akash fetch's own (MARKET_REVALIDATE_SECONDS) may be shorter.
export const revalidate = 3600;

export async function GET(): Promise<Response> {
  const { market } = await getComputeMarket();
  return jsonDownload(market, 'gpu-prices.json');
}
