import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { MarketDashboard } from '@/components/market/market-dashboard';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/seo/metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]/market'>): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return pageMetadata({
    locale,
    path: '/market',
    title: t('marketTitle'),
    description: t('marketDescription'),
    siteName: t('siteName'),
  });
}

export default async function MarketPage({ params }: PageProps<'/[locale]/market'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  return <MarketDashboard locale={locale} />;
}
