import { siteUrl } from '@/lib/seo/urls';

// The reader's language choice, read by the proxy when they come back to `/`. It is set in two
// places, the language switcher (in the browser) and next-intl's proxy; both take their attributes
// from here, so the cookie is `Secure` whenever the site is served over https.

const YEAR_SECONDS = 31_536_000;

export function localeCookie(env: Record<string, string | undefined> = process.env) {
  return {
    name: 'NEXT_LOCALE',
    maxAge: YEAR_SECONDS,
    sameSite: 'lax' as const,
    secure: siteUrl(env).startsWith('https:'),
  };
}

/** The attributes as `document.cookie` takes them, after `NEXT_LOCALE=<locale>; `. */
export function localeCookieAttributes(env: Record<string, string | undefined> = process.env): string {
  const { maxAge, secure } = localeCookie(env);
  return `path=/; max-age=${maxAge}; samesite=lax${secure ? '; secure' : ''}`;
}
