import { getTranslations } from 'next-intl/server';

import type { Frontmatter } from '@/lib/content';

export async function SourceList({ sources, id }: { sources: Frontmatter['sources']; id: string }) {
  const t = await getTranslations('Guide');
  return (
    <aside className="sources" aria-labelledby={`${id}-sources`}>
      <h3 id={`${id}-sources`} className="sources-title">
        {t('sources')}
      </h3>
      <ol>
        {sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} rel="noopener">
              {source.title}
            </a>
          </li>
        ))}
      </ol>
    </aside>
  );
}
