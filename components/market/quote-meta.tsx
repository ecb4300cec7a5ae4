import { getLocale, getTranslations } from 'next-intl/server';

import { dateFormat, dayOf, formatAsOf } from '@/lib/format';
import type { MarketOverview, TokenQuote } from '@/lib/market/types';

import { SourceLink } from './source-label';

/**
 * Where one quote comes from and when, under its price: the source whenever it is not the page's
 * live CoinGecko answer, the date whenever it is not the day of the rest (`always` shows both).
 * `compact` (in the market table) names the venue and kind without the market, and the day only.
 */
export async function QuoteMeta({
  quote,
  overview,
  always = false,
  compact = false,
}: {
  quote: TokenQuote;
  overview: MarketOverview;
  always?: boolean;
  compact?: boolean;
}) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('Data')]);
  const showSource = always || overview.source === 'snapshot' || quote.source.name !== 'CoinGecko';
  const showDate = always || dayOf(quote.asOf) !== dayOf(overview.asOf);
  if (!showSource && !showDate) return null;
  const source = () => <SourceLink source={quote.source} short={compact} />;
  const time = (chunks: React.ReactNode) => <time dateTime={quote.asOf}>{chunks}</time>;
  const date = compact
    ? dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(dayOf(quote.asOf)))
    : formatAsOf(locale, quote.asOf);
  return (
    <small className="quote-meta" data-as-of={quote.asOf}>
      {showSource && showDate
        ? t.rich('quoteSourceDate', { source, time, date })
        : showSource
          ? t.rich('quoteSource', { source })
          : t.rich('quoteDate', { time, date })}
    </small>
  );
}
