import 'server-only';

import { draftMode } from 'next/headers';
import { redirect } from 'next/navigation';

import { clientKey, FailureLimiter, json, secretMatches } from '@/lib/http';
import { routing } from '@/lib/i18n/routing';

const limiter = new FailureLimiter();
const LOCAL_PAGE = new RegExp(`^/(${routing.locales.join('|')})(/[A-Za-z0-9._~-]+)*/?$`);

/** A path an editor may be sent to: one of our localized pages, never another origin. */
export function isLocalPage(path: string | null): path is string {
  return !!path && path.length <= 200 && LOCAL_PAGE.test(path);
}

/** GET /api/draft?secret=<DRAFT_SECRET>&path=/ru/...: shows drafts to an editor. */
export async function enableDraft(request: Request, secret = process.env.DRAFT_SECRET): Promise<Response> {
  if (!secret) return json(404, { error: 'not found' });
  const client = clientKey(request.headers);
  const wait = limiter.retryAfterSeconds(client);
  if (wait > 0) return json(429, { error: 'too many failed attempts' }, { 'retry-after': String(wait) });
  const url = new URL(request.url);
  if (!secretMatches(url.searchParams.get('secret') ?? '', secret)) {
    limiter.recordFailure(client);
    return json(401, { error: 'unauthorized' });
  }
  const path = url.searchParams.get('path');
  if (!isLocalPage(path))
    return json(400, { error: 'path must be a page of this site, like /ru or /en/tokens/render' });
  (await draftMode()).enable();
  redirect(path);
}

/** GET /api/draft/disable?path=/ru/...: back to what readers see. */
export async function disableDraft(request: Request): Promise<Response> {
  (await draftMode()).disable();
  const path = new URL(request.url).searchParams.get('path');
  redirect(isLocalPage(path) ? path : `/${routing.defaultLocale}`);
}
