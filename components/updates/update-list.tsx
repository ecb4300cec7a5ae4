import { getTranslations } from 'next-intl/server';

import { LocaleLink as Link } from '@/components/layout/locale-link';
import { getGuideSections, type UpdateEntry } from '@/lib/content';
import { formatDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/routing';
import { getToken } from '@/lib/market/registry';

/** What a reader is sent to: the section's title, the token's name, or the page's name. */
async function linkNames(locale: Locale) {
  const [sections, nav, t] = await Promise.all([
    getGuideSections(locale),
    getTranslations('Nav'),
    getTranslations('Updates'),
  ]);
  const pages: Record<string, string> = {
    '/': nav('guide'),
    '/market': nav('market'),
    '/compute': nav('compute'),
    '/tools': nav('tools'),
    '/glossary': nav('glossary'),
    '/updates': nav('updates'),
  };
  return (link: string): string => {
    const [path = '/', hash] = link.split('#');
    const section = path === '/' && hash ? sections.find((s) => s.slug === hash) : undefined;
    if (section) return section.frontmatter.title;
    const token = /^\/tokens\/([^/]+)$/.exec(path);
    if (token) return getToken(token[1]!)?.name ?? t('page');
    return pages[path] ?? t('page');
  };
}

// One quarter's review: one line per fact that changed, newest first, each with its date and a
// link to where it now reads.
export async function UpdateList({
  locale,
  quarter,
  entries,
}: {
  locale: Locale;
  quarter: string;
  entries: UpdateEntry[];
}) {
  const [t, nameOf] = await Promise.all([getTranslations('Updates'), linkNames(locale)]);
  const id = `q-${quarter.toLowerCase()}`;
  return (
    <section aria-labelledby={id} className="updates">
      <h2 id={id}>
        {t('quarter', { quarter })} <span className="muted">({t('count', { count: entries.length })})</span>
      </h2>
      <ol className="update-list">
        {entries.map((entry) => (
          <li key={entry.id} id={entry.id} className="update">
            <time dateTime={entry.date}>{formatDate(locale, entry.date)}</time>
            <p>{entry.text}</p>
            <Link href={entry.link}>{t('read', { name: nameOf(entry.link) })}</Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
