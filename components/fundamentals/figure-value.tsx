import { getLocale, getTranslations } from 'next-intl/server';

import { formatAmount, formatCompact, formatShare, formatUsdCompact } from '@/lib/format';
import type { FigureKey, FundamentalsToken } from '@/lib/fundamentals';

/** One fundamentals figure formatted for the reader, or the reason it is missing. */
export async function FigureValue({
  row,
  figure,
  symbol,
}: {
  row: FundamentalsToken;
  figure: FigureKey;
  symbol: string;
}) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('Fundamentals')]);
  const value = row[figure];
  if (value == null) {
    const reason = row.nullReasons[figure] ?? 'no-market-data';
    return (
      <span className="muted" data-null-reason={reason}>
        {t(`nullReason.${reason}`)}
      </span>
    );
  }
  let text: string;
  switch (figure) {
    case 'issuance30dTokens':
      text = t('tokens', { amount: formatCompact(locale, value), symbol });
      break;
    case 'issuanceCoverage':
    case 'annualDilution':
      text = formatShare(locale, value);
      break;
    case 'priceToSales':
    case 'fdvToRevenue':
      text = t('ratio', { value: formatAmount(locale, value, value < 10 ? 1 : 0) });
      break;
    default:
      text = formatUsdCompact(locale, value);
  }
  return <data value={value}>{text}</data>;
}
