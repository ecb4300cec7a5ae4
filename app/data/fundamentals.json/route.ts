import { jsonDownload } from '@/lib/data/respond';
import { getFundamentals } from '@/lib/fundamentals';

// Regenerated like the market pages: the fetches inside carry the market period and tags.
export const revalidate = 86400;

export async function GET(): Promise<Response> {
  return jsonDownload(await getFundamentals(), 'fundamentals.json');
}
