import { getTranslations } from 'next-intl/server';

import type { DataSource } from '@/lib/market/types';

/** A figure's source as readers see it: the venue, what kind of price it is, linked to the public record or API. */
export async function SourceLink({ source }: { source: DataSource }) {
  const t = await getTranslations('Data');
  return (
    <a href={source.url} rel="noopener" data-source-kind={source.kind}>
      {t('sourceName', { name: source.name, kind: source.kind, market: source.market ?? '' })}
    </a>
  );
}
