import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { routing } from '@/lib/i18n/routing';
import { OG_SIZE, renderOgImage } from '@/lib/seo/og-image';

export const size = OG_SIZE;
export const contentType = 'image/png';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export default async function Image({ params }: { params: Promise<{ locale: string }> }) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  const g = await getTranslations({ locale, namespace: 'Guide' });
  return renderOgImage({ title: t('guideTitle'), kicker: g('kicker'), siteName: t('siteName') });
}
