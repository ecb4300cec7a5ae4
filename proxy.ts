import { type NextRequest, NextResponse } from 'next/server';
import createMiddleware from 'next-intl/middleware';

import { localeCookie } from './lib/i18n/locale-cookie';
import { routing } from './lib/i18n/routing';

const intl = createMiddleware({ ...routing, localeCookie: localeCookie() });
const LOCALIZED = new RegExp(`^/(${routing.locales.join('|')})(/|$)`);

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // A path that is not valid percent-encoding names no page. Answer it here: left to the router,
  // Next 16 and next-intl decode it (twice, for %25) and reply 500.
  try {
    decodeURIComponent(decodeURIComponent(pathname));
  } catch {
    return new Response('Bad request: the path is not valid percent-encoding.', { status: 400 });
  }
  if (pathname.startsWith('/api/') || LOCALIZED.test(pathname)) return NextResponse.next();
  return intl(request);
}

export const config = {
  matcher: [
    // Only what needs a locale negotiated: `/` and paths without a locale prefix. Skipped are
    // paths that already start with a locale (`/en`, `/ru/market`: the page knows its language),
    // `/_next`, `/_vercel` and files with a dot (`sitemap.xml`), so page views and static files
    // never pay for the proxy. Next reads the matcher statically, so the locales are spelled out
    // here; tests/unit/proxy.test.ts keeps them equal to routing.locales.
    '/((?!(?:en|ru|es)(?:/|$)|api|_next|_vercel|.*\\..*).*)',
    // Any path with a percent sign, and API paths, for the encoding check alone.
    '/(.*%.*)',
    '/api/:path*',
  ],
};
