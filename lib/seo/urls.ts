import { type Locale, routing } from '@/lib/i18n/routing';

// Every absolute URL (canonical, alternates, sitemap, JSON-LD, social images) is built here from
// SITE_URL and the routing config.

export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  const raw = env.SITE_URL || 'http://localhost:3000';
  try {
    return new URL(raw).origin;
  } catch {
    return 'http://localhost:3000';
  }
}

/** `/` and `/market` become `/en` and `/en/market`. */
export function localizedPath(locale: Locale, path: string): string {
  const clean = path === '/' ? '' : path.replace(/\/+$/, '');
  return `/${locale}${clean}`;
}

export function absoluteUrl(locale: Locale, path: string): string {
  return `${siteUrl()}${localizedPath(locale, path)}`;
}

/** hreflang alternates of one page: each locale plus x-default (the default locale). */
export function languageAlternates(path: string): Record<string, string> {
  const languages: Record<string, string> = {};
  for (const locale of routing.locales) languages[locale] = absoluteUrl(locale, path);
  languages['x-default'] = absoluteUrl(routing.defaultLocale, path);
  return languages;
}

/** The Atom feed of a locale's updates, linked from every page's head. */
export function feedUrl(locale: Locale): string {
  return absoluteUrl(locale, '/feed.xml');
}
