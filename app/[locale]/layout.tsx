import '../globals.css';

import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';

import { DraftBanner } from '@/components/layout/draft-banner';
import { ProseLinks } from '@/components/layout/prose-links';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { routing } from '@/lib/i18n/routing';
import { feedAlternate } from '@/lib/seo/metadata';
import { siteUrl } from '@/lib/seo/urls';

// Content pages regenerate at least daily, so a CDN may cache them with stale-while-revalidate;
// market pages regenerate sooner, on the period their fetches declare (MARKET_REVALIDATE_SECONDS).
export const revalidate = 86400;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f7f8fb' },
    { media: '(prefers-color-scheme: dark)', color: '#0d1117' },
  ],
  colorScheme: 'light dark',
};

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return {
    metadataBase: new URL(siteUrl()),
    applicationName: t('siteName'),
    title: { default: t('guideTitle'), template: `%s | ${t('siteName')}` },
    // Pages set their own alternates (with this feed); this one reaches those that do not (404s).
    alternates: { types: feedAlternate(locale, t('siteName')) },
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('Nav');

  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t('skip')}
        </a>
        <DraftBanner />
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1}>
          {children as ReactNode}
        </main>
        <SiteFooter />
        <ProseLinks />
      </body>
    </html>
  );
}
