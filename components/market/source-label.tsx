import { getTranslations } from 'next-intl/server';

import type { DataSource } from '@/lib/market/types';

/**
 * A figure's source as readers see it: the venue, what kind of price it is (and, unless `short`,
 * the market), linked to the public record or API.
 */
export async function SourceLink({ source, short = false }: { source: DataSource; short?: boolean }) {
  const t = await getTranslations('Data');
  return (
    <a href={source.url} rel="noopener" data-source-kind={source.kind}>
      {short
        ? t('sourceKind', { name: source.name, kind: source.kind })
        : t('sourceName', { name: source.name, kind: source.kind, market: source.market ?? '' })}
    </a>
  );
}
