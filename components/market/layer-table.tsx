import { getLocale, getTranslations } from 'next-intl/server';

import { LocaleLink as Link } from '@/components/layout/locale-link';
import { TableScroll } from '@/components/layout/table-scroll';
import { formatPrice, formatUsdCompact } from '@/lib/format';
import { getLayerSummaries } from '@/lib/market';
import { isLayer, tokensInLayer } from '@/lib/market/registry';

import { Change } from './change';

/** The tokens of one layer as a small table (MDX: `<LayerTable layer="compute" />`). */
export async function LayerTable({ layer }: { layer: string }) {
  if (!isLayer(layer)) throw new Error(`<LayerTable layer="${layer}">: unknown layer`);
  const [{ layers }, locale, t, tl, td] = await Promise.all([
    getLayerSummaries(),
    getLocale(),
    getTranslations('Market'),
    getTranslations('Layers'),
    getTranslations('Data'),
  ]);
  const summary = layers.find((l) => l.layer === layer);
  return (
    <TableScroll label={tl('name', { layer })}>
      <table className="data-table">
        <caption>{tl('name', { layer })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('token')}</th>
            <th scope="col" className="num">
              {t('price')}
            </th>
            <th scope="col" className="num">
              {t('change24h')}
            </th>
            <th scope="col" className="num">
              {t('marketCap')}
            </th>
          </tr>
        </thead>
        <tbody>
          {tokensInLayer(layer).map((token) => {
            const quote = summary?.quotes.find((q) => q.slug === token.slug);
            return (
              <tr key={token.slug}>
                <th scope="row">
                  <Link href={`/tokens/${token.slug}`}>{token.name}</Link>{' '}
                  <span className="ticker">{token.symbol}</span>
                </th>
                <td className="num">{quote ? formatPrice(locale, quote.priceUsd) : td('noData')}</td>
                <td className="num">
                  <Change locale={locale} value={quote?.change24h ?? null} fallback={td('noData')} />
                </td>
                <td className="num">
                  {quote?.marketCapUsd ? formatUsdCompact(locale, quote.marketCapUsd) : td('noData')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
