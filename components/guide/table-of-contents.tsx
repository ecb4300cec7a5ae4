import { getTranslations } from 'next-intl/server';

import type { ContentEntry } from '@/lib/content';

export async function TableOfContents({ sections }: { sections: ContentEntry[] }) {
  const t = await getTranslations('Guide');
  return (
    <nav className="toc" aria-labelledby="toc-title" id="contents">
      <h2 id="toc-title" className="toc-title">
        {t('toc')}
      </h2>
      <ol>
        {sections.map((section) => (
          <li key={section.slug}>
            <a href={`#${section.slug}`}>{section.frontmatter.title}</a>
            {section.headings.some((h) => h.depth === 3) && (
              <ol>
                {section.headings
                  .filter((h) => h.depth === 3)
                  .map((h) => (
                    <li key={h.id}>
                      <a href={`#${h.id}`}>{h.text}</a>
                    </li>
                  ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
