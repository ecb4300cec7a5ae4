import type { Metadata } from 'next';

import type { Locale } from '@/lib/i18n/routing';

import { absoluteUrl, feedUrl, languageAlternates } from './urls';

const OG_LOCALE: Record<Locale, string> = { en: 'en_US', ru: 'ru_RU', es: 'es_ES' };

/** Title, description, canonical, hreflang alternates and social tags of one localized page. */
export function pageMetadata({
  locale,
  path,
  title,
  description,
  siteName,
  absoluteTitle = false,
}: {
  locale: Locale;
  path: string;
  title: string;
  description: string;
  siteName: string;
  absoluteTitle?: boolean;
}): Metadata {
  const url = absoluteUrl(locale, path);
  // The page's social card (its opengraph-image route) named here rather than left to the file
  // convention, which can only give one fixed alt text for all locales. The card shows the title.
  const image = { url: `${url}/opengraph-image`, width: 1200, height: 630, type: 'image/png', alt: title };
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates: { canonical: url, languages: languageAlternates(path), types: feedAlternate(locale, siteName) },
    openGraph: {
      type: 'website',
      url,
      title,
      description,
      siteName,
      locale: OG_LOCALE[locale],
      alternateLocale: Object.entries(OG_LOCALE)
        .filter(([l]) => l !== locale)
        .map(([, og]) => og),
      images: [image],
    },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}

/**
 * `<link rel="alternate" type="application/atom+xml">` to the locale's feed of updates. Every page
 * carries it: a page's `alternates` replace the layout's, so pageMetadata adds it too.
 */
export function feedAlternate(locale: Locale, title: string) {
  return { 'application/atom+xml': [{ url: feedUrl(locale), title }] };
}
