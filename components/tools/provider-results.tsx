import { useTranslations } from 'next-intl';

import { formatAmount, formatPrice } from '@/lib/format';
import type { ProviderResult } from '@/lib/tokenomics/provider';

export function ProviderResults({ locale, result }: { locale: string; result: ProviderResult }) {
  const t = useTranslations('Tools');
  const usd = (v: number) => formatPrice(locale, v);
  return (
    <>
      <h3 id="provider-results-title">{t('results')}</h3>
      <dl className="result-grid">
        <div>
          <dt>{t('revenue')}</dt>
          <dd>{usd(result.revenue)}</dd>
          <dd className="hint">
            {t('rental')}: {usd(result.rentalRevenue)}; {t('rewardsRevenue')}: {usd(result.rewardRevenue)}
          </dd>
        </div>
        <div>
          <dt>{t('powerCost')}</dt>
          <dd>{usd(result.powerCost)}</dd>
        </div>
        <div>
          <dt>{t('amortization')}</dt>
          <dd>{usd(result.amortization)}</dd>
        </div>
        <div>
          <dt>{t('profit')}</dt>
          <dd data-testid="provider-monthly-profit" className={result.profit < 0 ? 'change-down' : undefined}>
            {usd(result.profit)}
          </dd>
        </div>
        <div>
          <dt>{t('breakeven')}</dt>
          <dd data-testid="provider-breakeven-months">
            {result.breakEvenMonths == null
              ? t('never')
              : t('breakevenValue', { months: formatAmount(locale, result.breakEvenMonths, 1) })}
          </dd>
        </div>
      </dl>
    </>
  );
}
