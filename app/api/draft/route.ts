import { enableDraft } from '@/lib/draft';

export function GET(request: Request) {
  return enableDraft(request);
}
