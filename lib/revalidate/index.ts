import 'server-only';

import { revalidatePath, revalidateTag } from 'next/cache';
import { z } from 'zod';

import { bearerToken, clientKey, FailureLimiter, json, secretMatches } from '@/lib/http';
import { TAGS } from '@/lib/market/config';

export const MAX_BODY_BYTES = 4096;

const bodySchema = z.object({ scope: z.enum(['market', 'content', 'all']).default('all') }).strict();
export type RevalidateScope = z.infer<typeof bodySchema>['scope'];

const limiter = new FailureLimiter();

/** Regenerates what a scope touches. Market pages carry the `market` tag of their fetches. */
export function revalidateScope(scope: RevalidateScope): void {
  if (scope === 'market' || scope === 'all') {
    // 'max': the next reader gets the current page at once while fresh data regenerates it.
    revalidateTag(TAGS.market, 'max');
    revalidateTag(TAGS.fundamentals, 'max');
    revalidateTag(TAGS.compute, 'max');
  }
  if (scope === 'content' || scope === 'all') {
    // Content is read from content/ whenever a page is generated: every localized page.
    revalidatePath('/[locale]', 'layout');
  }
}

/** POST /api/revalidate: Authorization: Bearer <REVALIDATE_SECRET>, body {"scope": ...}. */
export async function handleRevalidate(request: Request, secret = process.env.REVALIDATE_SECRET): Promise<Response> {
  if (!secret) return json(404, { error: 'not found' });

  // Oversized bodies are refused before anything is read or compared.
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_BODY_BYTES) return json(413, { error: `body over ${MAX_BODY_BYTES} bytes` });

  const client = clientKey(request.headers);
  const wait = limiter.retryAfterSeconds(client);
  if (wait > 0) return json(429, { error: 'too many failed attempts' }, { 'retry-after': String(wait) });

  if (!secretMatches(bearerToken(request.headers.get('authorization')), secret)) {
    limiter.recordFailure(client);
    return json(401, { error: 'unauthorized' }, { 'www-authenticate': 'Bearer' });
  }

  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) return json(413, { error: `body over ${MAX_BODY_BYTES} bytes` });

  let raw: unknown = {};
  if (text.trim()) {
    try {
      raw = JSON.parse(text);
    } catch {
      return json(400, { error: 'body must be JSON: {"scope": "market" | "content" | "all"}' });
    }
  }
  const parsed = bodySchema.safeParse(raw);
  if (!parsed.success) return json(400, { error: 'scope must be "market", "content" or "all"' });

  revalidateScope(parsed.data.scope);
  return json(200, { revalidated: true, scope: parsed.data.scope, now: new Date().toISOString() });
}
