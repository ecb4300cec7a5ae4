import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { AkashNote } from '@/components/compute/akash-note';
import { GpuComparison } from '@/components/compute/gpu-comparison';
import { NetworkSupplyTable } from '@/components/compute/network-supply';
import { JsonLd } from '@/components/layout/json-ld';
import { getComputeMarket } from '@/lib/compute';
import { GPUS } from '@/lib/compute/gpus';
import type { Locale } from '@/lib/i18n/routing';
import { breadcrumbLd, datasetLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]/compute'>): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return pageMetadata({
    locale,
    path: '/compute',
    title: t('computeTitle'),
    description: t('computeDescription'),
    siteName: t('siteName'),
  });
}

export default async function ComputePage({ params }: PageProps<'/[locale]/compute'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [view, t, nav, meta] = await Promise.all([
    getComputeMarket(),
    getTranslations('Compute'),
    getTranslations('Nav'),
    getTranslations('Metadata'),
  ]);

  return (
    <div className="container compute-page">
      <JsonLd
        data={breadcrumbLd(locale, [
          { name: nav('guide'), path: '/' },
          { name: nav('compute'), path: '/compute' },
        ])}
      />
      <JsonLd
        data={datasetLd({
          locale,
          path: '/compute',
          name: meta('computeTitle'),
          description: meta('computeDescription'),
          dateModified: view.market.asOf,
          downloads: [
            { path: '/data/gpu-prices.json', format: 'application/json' },
            { path: '/data/gpu-prices.csv', format: 'text/csv' },
          ],
          siteName: meta('siteName'),
        })}
      />
      <header className="page-header">
        <h1>{t('title')}</h1>
        <p className="lead">{t('lead')}</p>
        <AkashNote akash={view.akash} />
        <p className="downloads">
          {t.rich('downloads', {
            json: (chunks) => <a href="/data/gpu-prices.json">{chunks}</a>,
            csv: (chunks) => (
              <a href="/data/gpu-prices.csv" download>
                {chunks}
              </a>
            ),
          })}
        </p>
      </header>
      <nav aria-label={t('modelsNav')} className="gpu-index">
        <ul>
          {GPUS.map((g) => (
            <li key={g.id}>
              <a href={`#gpu-${g.id}`}>{g.name}</a>
            </li>
          ))}
        </ul>
      </nav>
      {GPUS.map((g) => (
        <GpuComparison key={g.id} view={view} gpu={g.id} />
      ))}
      <section aria-labelledby="supply-title" className="panel">
        <h2 id="supply-title">{t('supplyTitle')}</h2>
        <p className="muted">{t('supplyLead')}</p>
        <NetworkSupplyTable networks={view.market.networks} />
        <p>{t('supplyOthers')}</p>
      </section>
      <section aria-labelledby="method-title">
        <h2 id="method-title">{t('methodTitle')}</h2>
        <p>{t('method')}</p>
        <p>{t('missingNetworks')}</p>
      </section>
    </div>
  );
}
