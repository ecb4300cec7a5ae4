import createMiddleware from 'next-intl/middleware';
import { routing } from './lib/i18n/routing';

export default createMiddleware(routing);

export const config = {
  // Match all pathnames except for
  // - those starting with `/api`, `/_next` or `/_vercel`
  // - the ones containing a dot (e.g. `favicon.ico`, `sitemap.xml`, `robots.txt`)
  // so static files and route handlers never pay for locale negotiation.
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
