import { handleRevalidate } from '@/lib/revalidate';

export function POST(request: Request) {
  return handleRevalidate(request);
}
