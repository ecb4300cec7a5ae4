import { getTranslations } from 'next-intl/server';

import type { GlossaryTerm } from '@/lib/content';

// Each term's <dt> carries the anchor the guide links to (`/glossary#fdv`), the same in every locale.
export async function GlossaryList({ locale, terms }: { locale: string; terms: readonly GlossaryTerm[] }) {
  const t = await getTranslations('Glossary');
  const list = new Intl.ListFormat(locale, { type: 'disjunction', style: 'long' });
  // Editors write stems with `*` ("сжигани* и эмисси*"); readers see an ellipsis.
  const shown = (variant: string) => t('quoted', { text: variant.replace(/\*/g, '…') });
  return (
    <dl className="glossary">
      {terms.map((term) => (
        <div key={term.id} className="glossary-entry">
          <dt id={term.id}>{term.term}</dt>
          <dd>{term.definition}</dd>
          {term.rulesOut.length > 0 && (
            <dd className="glossary-avoid">
              {t('avoid', { variants: list.format(term.rulesOut.map((r) => shown(r.variant))) })}
            </dd>
          )}
          {term.source && (
            <dd className="glossary-source">
              {t.rich('source', {
                title: term.source.title,
                link: (chunks) => (
                  <a href={term.source!.url} rel="noopener">
                    {chunks}
                  </a>
                ),
              })}
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
