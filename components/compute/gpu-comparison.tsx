import { getLocale, getTranslations } from 'next-intl/server';

import type { ComputeView } from '@/lib/compute';
import { getGpu, type GpuId } from '@/lib/compute/gpus';
import { hyperscalerSaving, offersOf } from '@/lib/compute/market';
import { formatPrice, formatShare } from '@/lib/format';

import { formatOfferDate, kindKey } from './format';
import { OfferTable } from './offer-table';
import { PriceBars } from './price-bars';

/** One GPU model: the saving computed from the data, a bar chart by provider and the full table. */
export async function GpuComparison({
  view,
  gpu,
  headingLevel = 2,
}: {
  view: ComputeView;
  gpu: GpuId;
  headingLevel?: 2 | 3;
}) {
  const [t, locale] = await Promise.all([getTranslations('Compute'), getLocale()]);
  const model = getGpu(gpu)!;
  const offers = offersOf(view.market, gpu);
  const saving = hyperscalerSaving(offers);
  const withheld = view.akash.withheld.filter((w) => w.gpu === gpu);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const hasDepin = offers.some((o) => o.network === 'depin');
  return (
    <section className="gpu-comparison" aria-labelledby={`gpu-${gpu}`} data-gpu={gpu}>
      <Heading id={`gpu-${gpu}`}>{model.name}</Heading>
      <p className="gpu-saving" data-testid="gpu-saving">
        {saving
          ? t('saving', {
              direction: saving.percent >= 0 ? 'below' : 'above',
              depin: formatPrice(locale, saving.depin.usdPerGpuHour),
              depinProvider: saving.depin.provider,
              depinKind: kindKey(saving.depin.kind),
              percent: formatShare(locale, Math.abs(saving.percent) / 100),
              cloud: formatPrice(locale, saving.hyperscaler.usdPerGpuHour),
              cloudProvider: saving.hyperscaler.provider,
            })
          : t('noSaving', { missing: hasDepin ? 'hyperscaler' : 'depin' })}
      </p>
      {withheld.map((w) => (
        <p key={w.variant} className="gpu-withheld" role="note">
          {t('withheld', { variant: w.variant, reason: w.reason })}{' '}
          {w.keptFrom ? t('keptFrom', { date: formatOfferDate(locale, w.keptFrom.slice(0, 10)) }) : null}
        </p>
      ))}
      {offers.length > 0 && (
        <figure className="price-figure">
          <PriceBars
            id={`bars-${gpu}`}
            offers={offers}
            locale={locale}
            labels={{
              title: t('chartTitle', { gpu: model.name }),
              depin: t('networkName', { network: 'depin' }),
              cloud: t('networkName', { network: 'cloud' }),
              kind: (kind) => t('kindName', { kind: kindKey(kind) }),
            }}
          />
          <figcaption className="muted">{t('chartNote')}</figcaption>
        </figure>
      )}
      <OfferTable caption={t('tableCaption', { gpu: model.name })} offers={offers} />
    </section>
  );
}
