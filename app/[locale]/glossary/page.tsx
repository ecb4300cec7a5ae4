import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { GlossaryList } from '@/components/glossary/glossary-list';
import { ReviewDates } from '@/components/guide/review-dates';
import { JsonLd } from '@/components/layout/json-ld';
import { getGlossary } from '@/lib/content';
import { type Locale, routing } from '@/lib/i18n/routing';
import { breadcrumbLd, definedTermSetLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]/glossary'>): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return pageMetadata({
    locale,
    path: '/glossary',
    title: t('glossaryTitle'),
    description: t('glossaryDescription'),
    siteName: t('siteName'),
  });
}

export default async function GlossaryPage({ params }: PageProps<'/[locale]/glossary'>) {
  const { locale } = await params;
  // `/x.y/glossary` reaches this page with a locale that is not one (the proxy skips paths with a dot).
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [glossary, t, tm, nav] = await Promise.all([
    getGlossary(locale),
    getTranslations('Glossary'),
    getTranslations('Metadata'),
    getTranslations('Nav'),
  ]);
  // Alphabetical in the reader's language: that is how a reader looks a term up.
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const terms = [...glossary.terms].sort((a, b) => collator.compare(a.term, b.term));

  return (
    <div className="container">
      <JsonLd
        data={breadcrumbLd(locale, [
          { name: nav('guide'), path: '/' },
          { name: nav('glossary'), path: '/glossary' },
        ])}
      />
      <JsonLd data={definedTermSetLd({ locale, name: t('title'), description: tm('glossaryDescription'), terms })} />
      <header className="page-header">
        <p className="kicker">{t('kicker')}</p>
        <h1>{t('title')}</h1>
        <p className="lead">{t('lead')}</p>
        <ReviewDates lastReviewed={glossary.lastReviewed} nextReview={glossary.nextReview} />
      </header>
      <GlossaryList locale={locale} terms={terms} />
    </div>
  );
}
