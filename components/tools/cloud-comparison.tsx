import Link from 'next/link';
import { useTranslations } from 'next-intl';

import { formatDate, formatPrice, formatShare } from '@/lib/format';
import type { Locale } from '@/lib/i18n/routing';
import { localizedPath } from '@/lib/seo/urls';
import { CLOUD_COMPARISON as C } from '@/lib/tokenomics/presets';
import { cloudSaving } from '@/lib/tokenomics/provider';

import { SourceLinks } from './source-links';

export function CloudComparison({ locale, depin, cloud }: { locale: string; depin: number; cloud: number }) {
  const t = useTranslations('Tools');
  const saving = cloudSaving(depin, cloud);
  const pct = (v: number | null) => (v == null ? '–' : formatShare(locale, v / 100));
  return (
    <>
      <h3 id="cloud-results-title">{t('results')}</h3>
      <dl className="result-grid">
        <div>
          <dt>{t('saving')}</dt>
          <dd data-testid="cloud-saving">
            {saving == null ? '–' : saving >= 0 ? pct(saving) : t('dearer', { value: pct(-saving) })}
          </dd>
        </div>
      </dl>
      <p className="hint">
        {t('cloudInputs', {
          headline: formatPrice(locale, C.depin.headline),
          low: formatPrice(locale, C.depin.low),
          high: formatPrice(locale, C.depin.high),
          date: formatDate(locale, C.depin.date),
          cloudProvider: C.cloud.provider,
          perGpu: formatPrice(locale, C.cloud.perGpuHour),
          cloudDate: C.cloud.date,
          verified: String(C.cloud.verified),
          savingHigh: pct(cloudSaving(C.depin.high, C.cloud.perGpuHour)),
          savingLow: pct(cloudSaving(C.depin.low, C.cloud.perGpuHour)),
        })}{' '}
        <Link href={localizedPath(locale as Locale, '/compute')}>{t('cloudAllPrices')}</Link>
      </p>
      <p className="hint">{t('seeds')}</p>
      <SourceLinks sources={[C.depin.source, C.cloud.source]} />
    </>
  );
}
