import { getLocale, getTranslations } from 'next-intl/server';

import { FigureValue } from '@/components/fundamentals/figure-value';
import { RevenueBadge } from '@/components/fundamentals/revenue-badge';
import { LocaleLink as Link } from '@/components/layout/locale-link';
import { TableScroll } from '@/components/layout/table-scroll';
import { formatPercent, formatPrice, formatUsdCompact } from '@/lib/format';
import { getFundamentals } from '@/lib/fundamentals';
import type { Locale } from '@/lib/i18n/routing';
import { TOKENS } from '@/lib/market/registry';
import {
  DEFAULT_SORT,
  formatSort,
  type MarketSort,
  SORT_KEYS,
  sortByValue,
  type SortKey,
  sortValue,
} from '@/lib/market/sort';
import type { MarketOverview } from '@/lib/market/types';
import { staticMarkup } from '@/lib/render/static-markup';
import { localizedPath } from '@/lib/seo/urls';

import { Change } from './change';
import { QuoteMeta } from './quote-meta';
import { type SortableColumn, SortableTable } from './sortable-table';
import { Sparkline } from './sparkline';

// Token, price and 24h change come first: on a phone they stay in view while the rest scrolls.
export async function TokenTable({ overview, sort = DEFAULT_SORT }: { overview: MarketOverview; sort?: MarketSort }) {
  const [locale, t, tl, td, tf, fundamentals] = await Promise.all([
    getLocale() as Promise<Locale>,
    getTranslations('Market'),
    getTranslations('Layers'),
    getTranslations('Data'),
    getTranslations('Fundamentals'),
    getFundamentals(),
  ]);
  const money = (v: number | null | undefined) => (v ? formatUsdCompact(locale, v) : td('noData'));
  const label: Record<SortKey, string> = {
    price: t('price'),
    change24h: t('change24h'),
    change7d: t('change7d'),
    marketCap: t('marketCap'),
    fdv: t('fdv'),
    volume: t('volume'),
    revenue: tf('columnRevenue'),
    ps: tf('columnPs'),
    coverage: tf('columnCoverage'),
  };
  const columns: SortableColumn[] = [
    { label: t('token') },
    ...(['price', 'change24h', 'change7d', 'marketCap', 'fdv', 'volume', 'revenue', 'ps', 'coverage'] as const).map(
      (key) => ({
        label: label[key],
        sortKey: key,
        numeric: true,
      }),
    ),
    { label: t('layer') },
    { label: t('trend') },
  ];
  const orders = Object.fromEntries(
    SORT_KEYS.map((key) => [
      key,
      Object.fromEntries(
        (['asc', 'desc'] as const).map((dir) => [
          dir,
          {
            href: `${localizedPath(locale, '/market')}?sort=${formatSort({ key, dir })}`,
            announcement: t('sortedBy', { column: label[key], dir }),
          },
        ]),
      ),
    ]),
  ) as Record<SortKey, Record<'asc' | 'desc', { href: string; announcement: string }>>;

  // Each row's cells go to the client as one HTML string: the table sorts by moving whole rows, and
  // the cells need no React in the browser (about half of the market page's elements were theirs).
  const rows = await Promise.all(
    TOKENS.map(async (token) => {
      const q = overview.quotes.find((quote) => quote.slug === token.slug);
      const first = q?.sparkline7d[0];
      const last = q?.sparkline7d.at(-1);
      const change = first && last ? (last / first - 1) * 100 : 0;
      const f = fundamentals.tokens.find((row) => row.slug === token.slug);
      return {
        id: token.slug,
        values: Object.fromEntries(SORT_KEYS.map((key) => [key, sortValue(key, q, f)])),
        html: await staticMarkup(
          <>
            <th scope="row">
              <Link href={`/tokens/${token.slug}`}>{token.name}</Link> <span className="ticker">{token.symbol}</span>
            </th>
            <td className="num">
              {q ? formatPrice(locale, q.priceUsd) : td('noData')}
              {q && <QuoteMeta quote={q} overview={overview} compact />}
            </td>
            <td className="num">
              <Change locale={locale} value={q?.change24h ?? null} fallback={td('noData')} />
            </td>
            <td className="num">
              <Change locale={locale} value={q?.change7d ?? null} fallback={td('noData')} />
            </td>
            <td className="num">{money(q?.marketCapUsd)}</td>
            <td className="num">{money(q?.fdvUsd)}</td>
            <td className="num">{money(q?.volume24hUsd)}</td>
            {(['revenue30dUsd', 'priceToSales', 'issuanceCoverage'] as const).map((figure) => (
              <td key={figure} className="num" data-figure={figure}>
                {f ? <FigureValue row={f} figure={figure} symbol={token.symbol} /> : td('noData')}
                {figure === 'revenue30dUsd' && f?.revenue30dUsd != null && (
                  <>
                    {' '}
                    <RevenueBadge row={f} />
                  </>
                )}
              </td>
            ))}
            <td>{tl('name', { layer: token.layer })}</td>
            <td>
              <Sparkline
                prices={q?.sparkline7d ?? []}
                label={t('sparklineLabel', {
                  symbol: token.symbol,
                  direction: change > 0 ? 'up' : change < 0 ? 'down' : 'flat',
                  change: formatPercent(locale, change),
                })}
              />
            </td>
          </>,
        ),
      };
    }),
  );

  return (
    <TableScroll label={t('tableCaption')}>
      <SortableTable
        caption={t('tableCaption')}
        columns={columns}
        rows={sortByValue(rows, (row) => row.values[sort.key] ?? null, sort.dir)}
        initial={sort}
        orders={orders}
      />
    </TableScroll>
  );
}
