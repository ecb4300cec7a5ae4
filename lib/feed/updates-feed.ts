import type { UpdateEntry } from '@/lib/content/updates';
import type { Locale } from '@/lib/i18n/routing';
import { absoluteUrl, feedUrl } from '@/lib/seo/urls';

import { atomXml } from './atom';

/** A locale's update entries as its Atom feed; every URL absolute from SITE_URL. */
export function updatesFeed({
  locale,
  entries,
  title,
  subtitle,
  author,
}: {
  locale: Locale;
  entries: readonly UpdateEntry[];
  title: string;
  subtitle: string;
  author: string;
}): string {
  const page = absoluteUrl(locale, '/updates');
  return atomXml({
    id: feedUrl(locale),
    title,
    subtitle,
    lang: locale,
    alternate: page,
    self: feedUrl(locale),
    author,
    entries: entries.map((entry) => {
      const [path = '/', hash] = entry.link.split('#');
      return {
        // The entry's anchor on the updates page: stable, unique, and it resolves.
        id: `${page}#${entry.id}`,
        title: entry.text,
        link: `${absoluteUrl(locale, path)}${hash ? `#${hash}` : ''}`,
        updated: entry.date,
      };
    }),
  });
}
