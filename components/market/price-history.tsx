import { getLocale, getTranslations } from 'next-intl/server';

import { LazyPriceChart } from '@/components/charts/lazy-price-chart';
import { TableScroll } from '@/components/layout/table-scroll';
import { formatDate, formatPercent, formatPrice } from '@/lib/format';
import { getPriceSeries } from '@/lib/market';
import { getToken } from '@/lib/market/registry';
import { HISTORY_RANGES, type PricePoint } from '@/lib/market/types';

function summarize(points: PricePoint[]) {
  const first = points[0]!;
  const last = points.at(-1)!;
  const prices = points.map((p) => p.price);
  return {
    first,
    last,
    low: Math.min(...prices),
    high: Math.max(...prices),
    change: (last.price / first.price - 1) * 100,
  };
}

/** The price history chart with its text summary and a table alternative (MDX: `<PriceChart slug="render" />`). */
export async function PriceHistory({ slug }: { slug: string }) {
  const token = getToken(slug);
  if (!token) throw new Error(`<PriceChart slug="${slug}">: unknown token slug`);
  const [series, locale, t] = await Promise.all([getPriceSeries(token.slug), getLocale(), getTranslations('Chart')]);
  const tableRows = series.daily.length > 1 ? series.daily : series.hourly;
  if (tableRows.length < 2) return <p className="muted">{t('noHistory', { symbol: token.symbol })}</p>;

  const longest = series.daily.length > 1 ? 365 : 7;
  const s = summarize(tableRows);
  const ranges = Object.fromEntries(HISTORY_RANGES.map((d) => [d, t('range', { days: d })]));
  return (
    <div className="price-history">
      <p className="chart-summary">
        {t('summary', {
          symbol: token.symbol,
          range: t('range', { days: longest }),
          start: formatPrice(locale, s.first.price),
          end: formatPrice(locale, s.last.price),
          change: formatPercent(locale, s.change),
          low: formatPrice(locale, s.low),
          high: formatPrice(locale, s.high),
        })}
      </p>
      <LazyPriceChart
        locale={locale}
        hourly={series.hourly}
        daily={series.daily}
        ranges={HISTORY_RANGES}
        labels={{ ranges, rangeLabel: t('rangeLabel'), date: t('date'), price: t('price') }}
      />
      <details className="chart-table">
        <summary>{t('showTable')}</summary>
        <TableScroll label={t('tableRegion', { symbol: token.symbol })}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('date')}</th>
                <th scope="col" className="num">
                  {t('price')}
                </th>
              </tr>
            </thead>
            <tbody>
              {[...tableRows].reverse().map((p) => (
                <tr key={p.t}>
                  <td>
                    <time dateTime={new Date(p.t).toISOString()}>{formatDate(locale, p.t)}</time>
                  </td>
                  <td className="num">{formatPrice(locale, p.price)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </div>
  );
}
