import { getLocale, getTranslations } from 'next-intl/server';

import { formatAmount, formatCompact, formatDate, formatPrice, formatUsdCompact } from '@/lib/format';
import type { TokenQuote } from '@/lib/market/types';

import { Change } from './change';
import { SourceLink } from './source-label';

export async function TokenFigures({ quote, symbol }: { quote: TokenQuote; symbol: string }) {
  const [locale, t, td] = await Promise.all([getLocale(), getTranslations('Token'), getTranslations('Data')]);
  const none = td('noData');
  const usd = (v: number | null) => (v ? formatUsdCompact(locale, v) : none);
  const supply = (v: number | null) => (v ? `${formatCompact(locale, v)} ${symbol}` : none);
  const rows: Array<[string, React.ReactNode]> = [
    [t('price'), formatPrice(locale, quote.priceUsd)],
    [t('change24h'), <Change key="24" locale={locale} value={quote.change24h} fallback={none} />],
    [t('change7d'), <Change key="7" locale={locale} value={quote.change7d} fallback={none} />],
    [t('change30d'), <Change key="30" locale={locale} value={quote.change30d} fallback={none} />],
    [t('marketCap'), usd(quote.marketCapUsd)],
    [t('fdv'), usd(quote.fdvUsd)],
    [t('volume'), usd(quote.volume24hUsd)],
    [t('rank'), quote.rank ? `#${formatAmount(locale, quote.rank)}` : none],
    [t('circulating'), supply(quote.circulatingSupply)],
    [t('maxSupply'), supply(quote.maxSupply)],
  ];
  // Figures the quote's record did not report but that were computed from a daily series say so.
  const derived = (['change24h', 'change7d'] as const).flatMap((field) => {
    const from = quote.derived[field];
    return from ? [{ field, ...from }] : [];
  });
  return (
    <>
      <dl className="figures">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {derived.map(({ field, asOf, source }) => (
        <p key={field} className="derived-note">
          {td.rich('derived', {
            field,
            date: formatDate(locale, asOf),
            source: () => <SourceLink source={source} />,
            time: (chunks) => <time dateTime={asOf}>{chunks}</time>,
          })}
        </p>
      ))}
    </>
  );
}
