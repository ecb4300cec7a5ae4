import type { MetadataRoute } from 'next';

import { routing } from '@/lib/i18n/routing';
import { absoluteUrl, languageAlternates } from '@/lib/seo/urls';
import { PAGE_PATHS } from '@/lib/site/pages';

/** Every page in every locale, each with its en/ru/es/x-default alternates. */
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
