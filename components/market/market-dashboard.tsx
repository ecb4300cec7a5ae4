import { getTranslations } from 'next-intl/server';

import { JsonLd } from '@/components/layout/json-ld';
import { DataNote } from '@/components/market/data-note';
import { DownloadLinks } from '@/components/market/download-links';
import { LayerShare } from '@/components/market/layer-share';
import { MarketMap } from '@/components/market/market-map';
import { TokenTable } from '@/components/market/token-table';
import type { Locale } from '@/lib/i18n/routing';
import { getLayerSummaries } from '@/lib/market';
import type { MarketSort } from '@/lib/market/sort';
import { breadcrumbLd } from '@/lib/seo/json-ld';

/** The market page; `/market` shows it by market cap, `/market?sort=…` in another order. */
export async function MarketDashboard({ locale, sort }: { locale: Locale; sort?: MarketSort }) {
  const [{ overview, layers }, t, nav] = await Promise.all([
    getLayerSummaries(),
    getTranslations('Market'),
    getTranslations('Nav'),
  ]);

  return (
    <div className="container">
      <JsonLd
        data={breadcrumbLd(locale, [
          { name: nav('guide'), path: '/' },
          { name: nav('market'), path: '/market' },
        ])}
      />
      <header className="page-header">
        <h1>{t('title')}</h1>
        <p className="lead">{t('lead')}</p>
        <DataNote overview={overview} showMissing />
      </header>
      <TokenTable overview={overview} sort={sort} />
      <DownloadLinks base="/data/market" what={t('tableCaption')} />
      <section aria-labelledby="layers-title" className="panel">
        <h2 id="layers-title">{t('layersTitle')}</h2>
        <p className="muted">{t('layersLead')}</p>
        <LayerShare layers={layers} />
      </section>
      <MarketMap />
    </div>
  );
}
