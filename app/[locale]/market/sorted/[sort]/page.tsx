import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';

import { MarketDashboard } from '@/components/market/market-dashboard';
import type { Locale } from '@/lib/i18n/routing';
import { parseSort } from '@/lib/market/sort';

import { generateMetadata as marketMetadata } from '../../page';

// `/en/market?sort=price-asc` is rewritten here (next.config.ts), so readers without JavaScript can
// sort the table while `/en/market` itself stays a static, regenerated page. Each order is rendered
// on its first request and then regenerated like the market page; its canonical URL is /market.
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata(props: PageProps<'/[locale]/market/sorted/[sort]'>): Promise<Metadata> {
  const { locale } = await props.params;
  return marketMetadata({ ...props, params: Promise.resolve({ locale }) });
}

export default async function SortedMarketPage({ params }: PageProps<'/[locale]/market/sorted/[sort]'>) {
  const { locale, sort: raw } = await params;
  const sort = parseSort(raw);
  if (!sort) notFound();
  setRequestLocale(locale as Locale);
  return <MarketDashboard locale={locale as Locale} sort={sort} />;
}
