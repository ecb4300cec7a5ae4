import { getTranslations } from 'next-intl/server';

import { LocaleLink as Link } from '@/components/layout/locale-link';
import { getComputeMarket } from '@/lib/compute';
import { GPU_IDS, type GpuId } from '@/lib/compute/gpus';

import { AkashNote } from './akash-note';
import { GpuComparison } from './gpu-comparison';

/**
 * MDX: `<GpuPriceComparison gpu="h100" />`. The guide's prose cites no changing price; this
 * component shows the current figures, the saving computed from them, and where they come from.
 */
export async function GpuPriceComparison({ gpu }: { gpu: string }) {
  if (!(GPU_IDS as readonly string[]).includes(gpu)) throw new Error(`<GpuPriceComparison gpu="${gpu}">: unknown GPU`);
  const [view, t] = await Promise.all([getComputeMarket(), getTranslations('Compute')]);
  return (
    <div className="gpu-price-comparison">
      <GpuComparison view={view} gpu={gpu as GpuId} headingLevel={3} />
      <AkashNote akash={view.akash} />
      <p>
        <Link href={`/compute#gpu-${gpu}`}>{t('allPrices')}</Link>
      </p>
    </div>
  );
}
