import { getLocale, getTranslations } from 'next-intl/server';

import { LocaleLink as Link } from '@/components/layout/locale-link';
import { formatAsOf, formatPrice } from '@/lib/format';
import { getTokenQuote } from '@/lib/market';
import { getToken } from '@/lib/market/registry';

import { Change } from './change';

/** Inline live price of one token, for prose: `RENDER $7.11 (+1.20%)`. */
export async function TokenPrice({ slug }: { slug: string }) {
  const token = getToken(slug);
  if (!token) throw new Error(`<TokenPrice slug="${slug}">: unknown token slug`);
  const [{ overview, quote }, locale, t] = await Promise.all([
    getTokenQuote(token.slug),
    getLocale(),
    getTranslations('Data'),
  ]);
  const when = formatAsOf(locale, quote?.asOf ?? overview.asOf);
  return (
    <span className="token-price" data-token={token.slug}>
      <Link href={`/tokens/${token.slug}`} className="ticker">
        {token.symbol}
      </Link>{' '}
      {quote ? (
        <>
          <data value={quote.priceUsd} title={overview.source === 'snapshot' ? `${t('snapshotBadge')}: ${when}` : when}>
            {formatPrice(locale, quote.priceUsd)}
          </data>{' '}
          (<Change locale={locale} value={quote.change24h} fallback={t('noData')} />)
        </>
      ) : (
        <span className="muted">{t('noData')}</span>
      )}
    </span>
  );
}
