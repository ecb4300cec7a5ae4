import type { MetadataRoute } from 'next';
import { routing } from '@/lib/i18n/routing';
import { TOKENS } from '@/lib/market/registry';
import { absoluteUrl, languageAlternates } from '@/lib/seo/urls';

/** Every page in every locale, each with its en/ru/es/x-default alternates. */
export const PAGE_PATHS = ['/', '/market', '/tools', ...TOKENS.map((t) => `/tokens/${t.slug}`)];

export default function sitemap(): MetadataRoute.Sitemap {
  return PAGE_PATHS.flatMap((path) =>
    routing.locales.map((locale) => ({
      url: absoluteUrl(locale, path),
      changeFrequency: path === '/' || path === '/tools' ? ('weekly' as const) : ('hourly' as const),
      priority: path === '/' ? 1 : 0.7,
      alternates: { languages: languageAlternates(path) },
    })),
  );
}
