import { getTranslations } from 'next-intl/server';

import type { FundamentalsToken } from '@/lib/fundamentals';

/** "live" or "reported": which kind of revenue figure sits next to it. */
export async function RevenueBadge({ row }: { row: FundamentalsToken }) {
  if (!row.revenueBasis) return null;
  const t = await getTranslations('Fundamentals');
  return (
    <span className={`badge badge-${row.revenueBasis}`} data-basis={row.revenueBasis}>
      {row.revenueBasis === 'live' ? t('liveBadge') : t('reportedBadge')}
    </span>
  );
}
