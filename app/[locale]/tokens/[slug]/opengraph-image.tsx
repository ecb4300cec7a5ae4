import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';

import { type Locale, routing } from '@/lib/i18n/routing';
import { getToken, TOKENS } from '@/lib/market/registry';
import { OG_SIZE, renderOgImage } from '@/lib/seo/og-image';

export const size = OG_SIZE;
export const contentType = 'image/png';

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => TOKENS.map((token) => ({ locale, slug: token.slug })));
}

export default async function Image({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const token = getToken(slug);
  if (!token) notFound();
  const [t, tl, tt] = await Promise.all([
    getTranslations({ locale, namespace: 'Metadata' }),
    getTranslations({ locale, namespace: 'Layers' }),
    getTranslations({ locale, namespace: 'Token' }),
  ]);
  return renderOgImage({
    title: t('tokenTitle', { name: token.name, symbol: token.symbol }),
    kicker: tt('layer', { layer: tl('name', { layer: token.layer }) }),
    siteName: t('siteName'),
  });
}
