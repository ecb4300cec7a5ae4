import createMiddleware from 'next-intl/middleware';
import { routing } from './lib/i18n/routing';

const intl = createMiddleware(routing);

export default function proxy(request: Parameters<typeof intl>[0]) {
  // A path that is not valid percent-encoding names no page. Answer it here: left to the
  // router, Next 16 and next-intl decode it (twice, for %25) and reply 500.
  try {
    decodeURIComponent(decodeURIComponent(request.nextUrl.pathname));
  } catch {
    return new Response('Bad request: the path is not valid percent-encoding.', { status: 400 });
  }
  if (request.nextUrl.pathname.startsWith('/api/')) return;
  return intl(request);
}

export const config = {
  // Match all pathnames except for
  // - those starting with `/_next` or `/_vercel`
  // - the ones containing a dot (e.g. `favicon.ico`, `sitemap.xml`, `robots.txt`)
  // so static files never pay for locale negotiation; `/api` passes only the encoding check.
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)', '/api/:path*'],
};
