import { getLocale, getTranslations } from 'next-intl/server';

import { PriceChartShell } from '@/components/charts/price-chart-shell';
import { PricePreview } from '@/components/charts/price-preview';
import { TableScroll } from '@/components/layout/table-scroll';
import { chartRanges, lastDays, packSeries, seriesFor } from '@/lib/charts/series';
import { formatDate, formatPercent, formatPrice } from '@/lib/format';
import { escapeHtml } from '@/lib/format/html';
import { getPriceSeries } from '@/lib/market';
import { getToken } from '@/lib/market/registry';
import { HISTORY_RANGES, type PricePoint } from '@/lib/market/types';

import { DownloadLinks } from './download-links';
import { SourceLink } from './source-label';

const DAY_MS = 86_400_000;
/** The chart's longest range, and the table's length: a longer record is in the download. */
const LONGEST_DAYS = Math.max(...HISTORY_RANGES);

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

/** The table's rows, newest first. Every value is escaped (dates and prices come from Intl). */
function tableBody(points: PricePoint[], locale: string): string {
  return [...points]
    .reverse()
    .map(
      (p) =>
        `<tr><td><time datetime="${new Date(p.t).toISOString()}">${escapeHtml(formatDate(locale, p.t))}</time></td>` +
        `<td class="num">${escapeHtml(formatPrice(locale, p.price))}</td></tr>`,
    )
    .join('');
}

/** The price history chart with its source, a text summary, a table alternative and downloads (MDX: `<PriceChart slug="render" />`). */
export async function PriceHistory({ slug }: { slug: string }) {
  const token = getToken(slug);
  if (!token) throw new Error(`<PriceChart slug="${slug}">: unknown token slug`);
  const [series, locale, t] = await Promise.all([getPriceSeries(token.slug), getLocale(), getTranslations('Chart')]);
  const daily = lastDays(series.daily, LONGEST_DAYS);
  const tableRows = daily.length > 1 ? daily : series.hourly;
  if (tableRows.length < 2) return <p className="muted">{t('noHistory', { symbol: token.symbol })}</p>;

  // The range the summary speaks of: the days the table covers (a gappy record covers fewer than a year).
  const longest =
    daily.length > 1 ? Math.min(LONGEST_DAYS, Math.round((daily.at(-1)!.t - daily[0]!.t) / DAY_MS) + 1) : 7;
  const s = summarize(tableRows);
  const ranges = Object.fromEntries(HISTORY_RANGES.map((d) => [d, t('range', { days: d })]));
  const chart = chartRanges(HISTORY_RANGES, series.hourly, daily);
  const recorded = series.series;
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
      {recorded && (
        <p className="chart-source" data-source-kind={recorded.source.kind} data-days={recorded.points.length}>
          {t.rich('source', {
            source: () => <SourceLink source={recorded.source} />,
            days: recorded.points.length,
            count: (chunks) => <span>{chunks}</span>,
            date: formatDate(locale, recorded.points.at(-1)![0]),
            time: (chunks) => (
              <time dateTime={new Date(recorded.points.at(-1)![0]).toISOString().slice(0, 10)}>{chunks}</time>
            ),
          })}
        </p>
      )}
      <PriceChartShell
        locale={locale}
        hourly={packSeries(series.hourly)}
        daily={packSeries(daily)}
        available={chart.available}
        initial={chart.initial}
        labels={{ ranges, rangeLabel: t('rangeLabel'), date: t('date'), price: t('price') }}
        preview={<PricePreview points={seriesFor(chart.initial, series.hourly, daily)} locale={locale} />}
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
            {/* Up to 365 rows that never change in the browser, as one HTML string: as elements they
                were three quarters of the page's RSC payload, parsed and hydrated on every load. */}
            <tbody dangerouslySetInnerHTML={{ __html: tableBody(tableRows, locale) }} />
          </table>
        </TableScroll>
        {recorded && recorded.points.length > tableRows.length && (
          <p className="muted">{t('tableLimit', { days: LONGEST_DAYS })}</p>
        )}
      </details>
      {recorded && (
        <DownloadLinks base={`/data/tokens/${token.slug}/history`} what={t('tableRegion', { symbol: token.symbol })} />
      )}
    </div>
  );
}
