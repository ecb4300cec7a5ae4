import { getLocale, getTranslations } from 'next-intl/server';

import { formatAsOf } from '@/lib/format';
import { relativeTimeLabels } from '@/lib/format/relative-time';
import { getToken } from '@/lib/market/registry';
import type { MarketOverview } from '@/lib/market/types';

import { RelativeTime } from './relative-time';

/** Which source and which time the figures next to it come from. Shown wherever data is. */
export async function DataNote({ overview, showMissing = false }: { overview: MarketOverview; showMissing?: boolean }) {
  const t = await getTranslations('Data');
  const locale = await getLocale();
  const snapshot = overview.source === 'snapshot';
  const missing = overview.missing.map((slug) => getToken(slug)?.symbol ?? slug).join(', ');
  // The snapshot mixes records: name each kind of source its quotes come from (each figure links its own).
  const kinds = [...new Map(overview.quotes.map((q) => [`${q.source.name}/${q.source.kind}`, q.source])).values()];
  const list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(
    kinds.map((s) => t('sourceKind', { name: s.name, kind: s.kind })),
  );
  return (
    <p className="data-note" data-source={overview.source}>
      <span className={`badge ${snapshot ? 'badge-snapshot' : 'badge-live'}`}>
        {snapshot ? t('snapshotBadge') : t('liveBadge')}
      </span>{' '}
      <span>
        {t.rich(snapshot ? 'snapshotNote' : 'asOf', {
          when: formatAsOf(locale, overview.asOf),
          time: (chunks) => <time dateTime={overview.asOf}>{chunks}</time>,
        })}
        <RelativeTime locale={locale} iso={overview.asOf} labels={relativeTimeLabels(locale)} />
      </span>{' '}
      <span>
        {snapshot
          ? t('sources', { list })
          : t.rich('source', {
              link: (chunks) => (
                <a href="https://www.coingecko.com" rel="noopener">
                  {chunks}
                </a>
              ),
            })}
      </span>
      {showMissing && missing && <span className="data-missing"> {t('missing', { symbols: missing })}</span>}
    </p>
  );
}
