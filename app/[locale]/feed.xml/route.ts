import { getTranslations } from 'next-intl/server';

import { getUpdates } from '@/lib/content';
import { updatesFeed } from '@/lib/feed/updates-feed';
import { type Locale, routing } from '@/lib/i18n/routing';

// Static per locale, regenerated with the content (deploy or POST /api/revalidate).
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/feed.xml'>) {
  const locale = (await params).locale as Locale;
  const [entries, tm, tu] = await Promise.all([
    getUpdates(locale),
    getTranslations({ locale, namespace: 'Metadata' }),
    getTranslations({ locale, namespace: 'Updates' }),
  ]);
  const xml = updatesFeed({ locale, entries, title: tm('feedTitle'), subtitle: tu('lead'), author: tm('siteName') });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
