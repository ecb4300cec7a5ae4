import { getLocale, getTranslations } from 'next-intl/server';

import { LazyLayerShareChart } from '@/components/charts/lazy-layer-share-chart';
import { WhenVisible } from '@/components/charts/when-visible';
import { TableScroll } from '@/components/layout/table-scroll';
import { formatShare, formatUsdCompact } from '@/lib/format';
import type { LayerSummary } from '@/lib/market/types';

import { Change } from './change';

/** Each layer's share of market cap: a chart, and the same figures as a table. */
export async function LayerShare({ layers }: { layers: LayerSummary[] }) {
  const [locale, t, tl, td] = await Promise.all([
    getLocale(),
    getTranslations('Market'),
    getTranslations('Layers'),
    getTranslations('Data'),
  ]);
  const slices = layers
    .filter((l) => l.marketCapUsd > 0)
    .map((l) => ({ layer: l.layer, name: tl('name', { layer: l.layer }), marketCapUsd: l.marketCapUsd }));

  return (
    <div className="layer-share">
      <WhenVisible placeholderClassName="chart-frame chart-frame-pie">
        <LazyLayerShareChart locale={locale} slices={slices} />
      </WhenVisible>
      <TableScroll label={t('layersTableCaption')}>
        <table className="data-table">
          <caption>{t('layersTableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('layer')}</th>
              <th scope="col" className="num">
                {t('marketCap')}
              </th>
              <th scope="col" className="num">
                {t('share')}
              </th>
              <th scope="col" className="num">
                {t('change24h')}
              </th>
            </tr>
          </thead>
          <tbody>
            {layers.map((l) => (
              <tr key={l.layer}>
                <th scope="row">{tl('name', { layer: l.layer })}</th>
                <td className="num">{l.marketCapUsd ? formatUsdCompact(locale, l.marketCapUsd) : td('noData')}</td>
                <td className="num">{formatShare(locale, l.share)}</td>
                <td className="num">
                  <Change locale={locale} value={l.change24h} fallback={td('noData')} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
