import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { JsonLd } from '@/components/layout/json-ld';
import { UpdateList } from '@/components/updates/update-list';
import { getUpdates } from '@/lib/content';
import { type Locale, routing } from '@/lib/i18n/routing';
import { breadcrumbLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { localizedPath } from '@/lib/seo/urls';

export async function generateMetadata({ params }: PageProps<'/[locale]/updates'>): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return pageMetadata({
    locale,
    path: '/updates',
    title: t('updatesTitle'),
    description: t('updatesDescription'),
    siteName: t('siteName'),
  });
}

export default async function UpdatesPage({ params }: PageProps<'/[locale]/updates'>) {
  const { locale } = await params;
  // `/x.y/glossary` reaches this page with a locale that is not one (the proxy skips paths with a dot).
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [entries, t, nav] = await Promise.all([getUpdates(locale), getTranslations('Updates'), getTranslations('Nav')]);
  const quarters = [...new Set(entries.map((e) => e.quarter))];

  return (
    <div className="container">
      <JsonLd
        data={breadcrumbLd(locale, [
          { name: nav('guide'), path: '/' },
          { name: nav('updates'), path: '/updates' },
        ])}
      />
      <header className="page-header">
        <p className="kicker">{t('kicker')}</p>
        <h1>{t('title')}</h1>
        <p className="lead">{t('lead')}</p>
        <p>
          <a href={localizedPath(locale, '/feed.xml')} type="application/atom+xml" className="feed-link">
            {t('feed')}
          </a>
        </p>
      </header>
      {quarters.map((quarter) => (
        <UpdateList
          key={quarter}
          locale={locale}
          quarter={quarter}
          entries={entries.filter((e) => e.quarter === quarter)}
        />
      ))}
    </div>
  );
}
