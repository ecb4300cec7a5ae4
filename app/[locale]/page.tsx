import type { Metadata } from 'next';
import { draftMode } from 'next/headers';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { GuideSection } from '@/components/guide/guide-section';
import { ReviewDates } from '@/components/guide/review-dates';
import { TableOfContents } from '@/components/guide/table-of-contents';
import { JsonLd } from '@/components/layout/json-ld';
import { getGuideSections } from '@/lib/content';
import { type Locale, routing } from '@/lib/i18n/routing';
import { articleLd, breadcrumbLd, faqPageLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return pageMetadata({
    locale,
    path: '/',
    title: t('guideTitle'),
    description: t('guideDescription'),
    siteName: t('siteName'),
    absoluteTitle: true,
  });
}

export default async function GuidePage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  // The layout rejects other values too, but page and layout render together: `/.env` must not
  // reach content/.env/ (a 500 on a missing glossary file).
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const preview = (await draftMode()).isEnabled;
  const [sections, t, tm, nav] = await Promise.all([
    getGuideSections(locale, preview),
    getTranslations('Guide'),
    getTranslations('Metadata'),
    getTranslations('Nav'),
  ]);
  const reviewed = sections
    .map((s) => s.frontmatter.lastReviewed)
    .sort()
    .at(-1);
  const next = sections.map((s) => s.frontmatter.nextReview).sort()[0];
  const firstReviewed = sections.map((s) => s.frontmatter.lastReviewed).sort()[0];
  const faq = sections.flatMap((s) => s.faq);

  return (
    <article className="guide">
      <JsonLd data={breadcrumbLd(locale, [{ name: nav('guide'), path: '/' }])} />
      {reviewed && firstReviewed && (
        <JsonLd
          data={articleLd({
            locale,
            headline: tm('guideTitle'),
            description: tm('guideDescription'),
            datePublished: firstReviewed,
            dateModified: reviewed,
            siteName: tm('siteName'),
          })}
        />
      )}
      {faq.length > 0 && <JsonLd data={faqPageLd(locale, faq)} />}
      <header className="hero container">
        <p className="kicker">{t('kicker')}</p>
        <h1>{t('title')}</h1>
        <p className="lead">{t('lead')}</p>
        {reviewed && next && <ReviewDates lastReviewed={reviewed} nextReview={next} />}
      </header>
      <div className="container guide-layout">
        <TableOfContents sections={sections} />
        <div className="guide-body">
          {sections.map((section) => (
            <GuideSection key={section.slug} entry={section} />
          ))}
        </div>
      </div>
    </article>
  );
}
