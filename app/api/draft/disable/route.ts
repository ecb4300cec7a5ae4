import { disableDraft } from '@/lib/draft';

export function GET(request: Request) {
  return disableDraft(request);
}
