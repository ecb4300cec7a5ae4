import { getTranslations } from 'next-intl/server';

import type { ContentEntry } from '@/lib/content';
import { escapeHtml } from '@/lib/format/html';

const item = (id: string, text: string, nested = '') =>
  `<li><a href="#${escapeHtml(id)}">${escapeHtml(text)}</a>${nested}</li>`;

export async function TableOfContents({ sections }: { sections: ContentEntry[] }) {
  const t = await getTranslations('Guide');
  return (
    <nav className="toc" aria-labelledby="toc-title" id="contents">
      <h2 id="toc-title" className="toc-title">
        {t('toc')}
      </h2>
      {/* One HTML string, not an element per entry: static links need no hydration (issue 19). */}
      <ol
        dangerouslySetInnerHTML={{
          __html: sections
            .map((section) => {
              const subsections = section.headings.filter((h) => h.depth === 3);
              const nested = subsections.length
                ? `<ol>${subsections.map((h) => item(h.id, h.text)).join('')}</ol>`
                : '';
              return item(section.slug, section.frontmatter.title, nested);
            })
            .join(''),
        }}
      />
    </nav>
  );
}
