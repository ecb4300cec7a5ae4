import { historyCsv, historyDownload } from '@/lib/data/market';
import { csvDownload } from '@/lib/data/respond';
import { getPriceSeries } from '@/lib/market';
import { getToken, TOKENS } from '@/lib/market/registry';

// Regenerated with the token pages: the same period, and the `market` tag of the fetches behind it.
export const revalidate = 3600;
// Only the registry's tokens have a history: any other slug is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return TOKENS.map((token) => ({ slug: token.slug }));
}

export async function GET(_request: Request, { params }: RouteContext<'/data/tokens/[slug]/history.csv'>) {
  const token = getToken((await params).slug);
  if (!token) return new Response('Not found', { status: 404 });
  const download = historyDownload(token.slug, (await getPriceSeries(token.slug)).series);
  return csvDownload(historyCsv(download), `${token.slug}-history.csv`);
}
