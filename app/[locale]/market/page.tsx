import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { JsonLd } from '@/components/layout/json-ld';
import { DataNote } from '@/components/market/data-note';
import { breadcrumbLd } from '@/lib/seo/json-ld';
import { LayerShare } from '@/components/market/layer-share';
import { MarketMap } from '@/components/market/market-map';
import { TokenTable } from '@/components/market/token-table';
import type { Locale } from '@/lib/i18n/routing';
import { getLayerSummaries } from '@/lib/market';
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
  const [{ overview, layers }, t, nav] = await Promise.all([getLayerSummaries(), getTranslations('Market'), getTranslations('Nav')]);

  return (
    <div className="container">
      <JsonLd data={breadcrumbLd(locale, [{ name: nav('guide'), path: '/' }, { name: nav('market'), path: '/market' }])} />
      <header className="page-header">
        <h1>{t('title')}</h1>
        <p className="lead">{t('lead')}</p>
        <DataNote overview={overview} showMissing />
      </header>
      <TokenTable overview={overview} />
      <section aria-labelledby="layers-title" className="panel">
        <h2 id="layers-title">{t('layersTitle')}</h2>
        <p className="muted">{t('layersLead')}</p>
        <LayerShare layers={layers} />
      </section>
      <MarketMap />
    </div>
  );
}
