import { useTranslations } from 'next-intl';

import { formatDate, formatPrice, formatShare } from '@/lib/format';
import { CLOUD_COMPARISON as C } from '@/lib/tokenomics/presets';
import { cloudSaving } from '@/lib/tokenomics/provider';

import { SourceLinks } from './source-links';

export function CloudComparison({ locale, depin, cloud }: { locale: string; depin: number; cloud: number }) {
  const t = useTranslations('Tools');
  const saving = cloudSaving(depin, cloud);
  const pct = (v: number | null) => (v == null ? '–' : formatShare(locale, v / 100));
  const cutPrice = C.cloud.perGpuHour * (1 - C.cloud.cut.upTo / 100);
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
          low: formatPrice(locale, C.depin.low),
          high: formatPrice(locale, C.depin.high),
          date: formatDate(locale, C.depin.date),
          depinSource: C.depin.source.title,
          instance: formatPrice(locale, C.cloud.instanceHour),
          gpus: C.cloud.gpus,
          perGpu: formatPrice(locale, C.cloud.perGpuHour),
          cut: formatShare(locale, C.cloud.cut.upTo / 100),
          cloudSource: C.cloud.source.title,
          savingHigh: pct(cloudSaving(C.depin.high, C.cloud.perGpuHour)),
          savingLow: pct(cloudSaving(C.depin.low, C.cloud.perGpuHour)),
          cutPrice: formatPrice(locale, cutPrice),
          cutSavingLow: pct(cloudSaving(C.depin.high, cutPrice)),
          cutSavingHigh: pct(cloudSaving(C.depin.low, cutPrice)),
        })}
      </p>
      <p className="hint">{t('seeds')}</p>
      <SourceLinks sources={[C.depin.source, C.cloud.source, C.cloud.cut.source]} />
    </>
  );
}
