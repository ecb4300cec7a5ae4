import type { Article, BreadcrumbList, Dataset, DefinedTermSet, FAQPage, Organization, WithContext } from 'schema-dts';

import type { FaqEntry, GlossaryTerm } from '@/lib/content';
import type { Locale } from '@/lib/i18n/routing';

import { absoluteUrl, siteUrl } from './urls';

// Typed JSON-LD builders; every URL comes from routing + SITE_URL.

/** public/logo.png: the site icon (app/icon.svg) as a 512 px PNG, which Google's Article rules accept. */
export const LOGO = { path: '/logo.png', width: 512, height: 512 };

export function publisher(name: string): Organization {
  return {
    '@type': 'Organization',
    name,
    url: siteUrl(),
    logo: { '@type': 'ImageObject', url: `${siteUrl()}${LOGO.path}`, width: `${LOGO.width}`, height: `${LOGO.height}` },
  };
}

export function breadcrumbLd(
  locale: Locale,
  items: Array<{ name: string; path: string }>,
): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: absoluteUrl(locale, item.path),
    })),
  };
}

export function articleLd({
  locale,
  headline,
  description,
  datePublished,
  dateModified,
  siteName,
}: {
  locale: Locale;
  headline: string;
  description: string;
  datePublished: string;
  dateModified: string;
  siteName: string;
}): WithContext<Article> {
  const url = absoluteUrl(locale, '/');
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline,
    description,
    inLanguage: locale,
    datePublished,
    dateModified,
    url,
    mainEntityOfPage: url,
    image: `${url}/opengraph-image`,
    author: publisher(siteName),
    publisher: publisher(siteName),
  };
}

export function faqPageLd(locale: Locale, faq: FaqEntry[]): WithContext<FAQPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: locale,
    mainEntity: faq.map((entry) => ({
      '@type': 'Question',
      name: entry.question,
      acceptedAnswer: { '@type': 'Answer', text: entry.answer },
    })),
  };
}

/** The glossary page: one DefinedTerm per entry, each addressed by its anchor on the page. */
export function definedTermSetLd({
  locale,
  name,
  description,
  terms,
}: {
  locale: Locale;
  name: string;
  description: string;
  terms: readonly GlossaryTerm[];
}): WithContext<DefinedTermSet> {
  const url = absoluteUrl(locale, '/glossary');
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': url,
    name,
    description,
    url,
    inLanguage: locale,
    hasDefinedTerm: terms.map((term) => ({
      '@type': 'DefinedTerm',
      '@id': `${url}#${term.id}`,
      url: `${url}#${term.id}`,
      name: term.term,
      termCode: term.id,
      description: term.definition,
      inDefinedTermSet: url,
    })),
  };
}

/** A page whose figures are a downloadable data set (the compute market's GPU prices). */
export function datasetLd({
  locale,
  path,
  name,
  description,
  dateModified,
  downloads,
  siteName,
}: {
  locale: Locale;
  path: string;
  name: string;
  description: string;
  dateModified: string;
  downloads: Array<{ path: string; format: string }>;
  siteName: string;
}): WithContext<Dataset> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name,
    description,
    inLanguage: locale,
    url: absoluteUrl(locale, path),
    dateModified,
    creator: publisher(siteName),
    isAccessibleForFree: true,
    distribution: downloads.map((d) => ({
      '@type': 'DataDownload',
      encodingFormat: d.format,
      contentUrl: `${siteUrl()}${d.path}`,
    })),
  };
}

/** Serialises for a <script> tag: `<` is escaped so content can never close the tag. */
export function jsonLdString(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
