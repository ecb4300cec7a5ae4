import { getLocale, getTranslations } from 'next-intl/server';

import type { ComputeView } from '@/lib/compute';
import { AKASH_SNAPSHOT } from '@/lib/compute/snapshot';
import { formatDateTime } from '@/lib/format';

/** Where Akash's figures come from and when: live, or the dated recorded answer when live is unavailable. */
export async function AkashNote({ akash }: { akash: ComputeView['akash'] }) {
  const [t, locale] = await Promise.all([getTranslations('Compute'), getLocale()]);
  const live = akash.source === 'live';
  const time = (chunks: React.ReactNode) => <time dateTime={akash.asOf}>{chunks}</time>;
  return (
    <p className="data-note" data-source={akash.source} data-testid="akash-note">
      <span className={`badge ${live ? 'badge-live' : 'badge-snapshot'}`}>
        {live ? t('liveBadge') : t('snapshotBadge')}
      </span>{' '}
      {live
        ? t.rich('liveNote', { when: formatDateTime(locale, akash.asOf), time })
        : t.rich('snapshotNote', {
            when: formatDateTime(locale, akash.asOf),
            time,
            link: (chunks) => (
              <a href={AKASH_SNAPSHOT.source.url} rel="noopener">
                {chunks}
              </a>
            ),
          })}
    </p>
  );
}
