import { getMarketHealth } from '@/lib/market';

export const dynamic = 'force-dynamic';

export async function GET() {
  const health = await getMarketHealth();
  return Response.json(health, { headers: { 'cache-control': 'no-store' } });
}
