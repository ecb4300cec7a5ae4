import { getLocale, getTranslations } from 'next-intl/server';
import { formatPercent, formatPrice, formatUsdCompact } from '@/lib/format';
import { LocaleLink as Link } from '@/components/layout/locale-link';
import { TableScroll } from '@/components/layout/table-scroll';
import { TOKENS } from '@/lib/market/registry';
import type { MarketOverview } from '@/lib/market/types';
import { Change } from './change';
import { Sparkline } from './sparkline';

export async function TokenTable({ overview }: { overview: MarketOverview }) {
  const [locale, t, tl, td] = await Promise.all([
    getLocale(),
    getTranslations('Market'),
    getTranslations('Layers'),
    getTranslations('Data'),
  ]);
  const money = (v: number | null | undefined) => (v ? formatUsdCompact(locale, v) : td('noData'));

  return (
    <TableScroll label={t('tableCaption')}>
      <table className="data-table token-table">
        <caption>{t('tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('token')}</th>
            <th scope="col">{t('layer')}</th>
            <th scope="col" className="num">{t('price')}</th>
            <th scope="col" className="num">{t('change24h')}</th>
            <th scope="col" className="num">{t('change7d')}</th>
            <th scope="col" className="num">{t('marketCap')}</th>
            <th scope="col" className="num">{t('fdv')}</th>
            <th scope="col" className="num">{t('volume')}</th>
            <th scope="col">{t('trend')}</th>
          </tr>
        </thead>
        <tbody>
          {TOKENS.map((token) => {
            const q = overview.quotes.find((quote) => quote.slug === token.slug);
            const first = q?.sparkline7d[0];
            const last = q?.sparkline7d.at(-1);
            const change = first && last ? (last / first - 1) * 100 : 0;
            return (
              <tr key={token.slug} data-token={token.slug}>
                <th scope="row">
                  <Link href={`/tokens/${token.slug}`}>{token.name}</Link> <span className="ticker">{token.symbol}</span>
                </th>
                <td>{tl('name', { layer: token.layer })}</td>
                <td className="num">{q ? formatPrice(locale, q.priceUsd) : td('noData')}</td>
                <td className="num">
                  <Change locale={locale} value={q?.change24h ?? null} fallback={td('noData')} />
                </td>
                <td className="num">
                  <Change locale={locale} value={q?.change7d ?? null} fallback={td('noData')} />
                </td>
                <td className="num">{money(q?.marketCapUsd)}</td>
                <td className="num">{money(q?.fdvUsd)}</td>
                <td className="num">{money(q?.volume24hUsd)}</td>
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
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
