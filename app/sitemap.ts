import type { MetadataRoute } from 'next';

import { routing } from '@/lib/i18n/routing';
import { absoluteUrl, languageAlternates } from '@/lib/seo/urls';
import { contentLastmodSources } from '@/lib/site/content-dates';
import { pageLastModified } from '@/lib/site/lastmod';
import { PAGE_PATHS } from '@/lib/site/pages';

/**
 * Every page in every locale, each with its en/ru/es/x-default alternates and the date it last
 * changed (see lib/site/lastmod.ts). No changefreq or priority: search engines ignore both.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return Promise.all(
    PAGE_PATHS.flatMap((path) =>
      routing.locales.map(async (locale) => ({
        url: absoluteUrl(locale, path),
        lastModified: await pageLastModified(path, locale, contentLastmodSources),
        alternates: { languages: languageAlternates(path) },
      })),
    ),
  );
}
