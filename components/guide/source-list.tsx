import { getTranslations } from 'next-intl/server';

import type { Frontmatter } from '@/lib/content';
import { escapeHtml } from '@/lib/format/html';

export async function SourceList({ sources, id }: { sources: Frontmatter['sources']; id: string }) {
  const t = await getTranslations('Guide');
  return (
    <aside className="sources" aria-labelledby={`${id}-sources`}>
      <h3 id={`${id}-sources`} className="sources-title">
        {t('sources')}
      </h3>
      {/* One HTML string, not an element per source: static links need no hydration (issue 19). */}
      <ol
        dangerouslySetInnerHTML={{
          __html: sources
            .map((s) => `<li><a href="${escapeHtml(s.url)}" rel="noopener">${escapeHtml(s.title)}</a></li>`)
            .join(''),
        }}
      />
    </aside>
  );
}
