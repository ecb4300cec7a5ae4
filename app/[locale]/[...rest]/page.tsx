import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { NotFoundPage } from '@/components/layout/not-found-page';
import type { Locale } from '@/lib/i18n/routing';

// Every unknown path under a locale ends on that locale's not-found page (status 404), never a 500.
// Rendered like an ISR page, not per request: only a page that is generated before it is sent can
// still answer 404 once the not-found content has rendered (see NotFoundPage).
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<'/[locale]/[...rest]'>): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return { title: t('title'), robots: { index: false } };
}

export default async function CatchAll({ params }: PageProps<'/[locale]/[...rest]'>) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  return <NotFoundPage />;
}
