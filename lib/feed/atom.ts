import { create } from 'xmlbuilder2';

// An Atom 1.0 document (RFC 4287) from plain data. Built with xmlbuilder2, which escapes text and
// attributes; not with the `feed` package, whose Atom output has no `xml:lang` (RFC 4287 §2),
// wraps plain-text titles in CDATA typed as HTML and escapes `&` in URLs twice.

export interface AtomEntry {
  /** A permanent IRI: never reused for another entry. */
  id: string;
  title: string;
  /** Where the change can be read (absolute URL). */
  link: string;
  /** ISO date or date-time of the change. */
  updated: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** BCP 47 language of the feed's text. */
  lang: string;
  /** The HTML page the feed mirrors, and the feed's own URL (absolute). */
  alternate: string;
  self: string;
  author: string;
  entries: AtomEntry[];
}

/** `2026-12-01` becomes `2026-12-01T00:00:00Z`: Atom dates are RFC 3339 date-times. */
export function atomDate(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : new Date(iso).toISOString();
}

export function atomXml(feed: AtomFeed): string {
  const updated =
    feed.entries
      .map((e) => atomDate(e.updated))
      .sort()
      .at(-1) ?? '1970-01-01T00:00:00Z';
  const root = create({ version: '1.0', encoding: 'utf-8' }).ele('http://www.w3.org/2005/Atom', 'feed', {
    'xml:lang': feed.lang,
  });
  root.ele('id').txt(feed.id);
  root.ele('title', { type: 'text' }).txt(feed.title);
  if (feed.subtitle) root.ele('subtitle', { type: 'text' }).txt(feed.subtitle);
  root.ele('updated').txt(updated);
  root.ele('link', { rel: 'alternate', type: 'text/html', href: feed.alternate });
  root.ele('link', { rel: 'self', type: 'application/atom+xml', href: feed.self });
  root.ele('author').ele('name').txt(feed.author);
  for (const entry of feed.entries) {
    const e = root.ele('entry');
    e.ele('id').txt(entry.id);
    e.ele('title', { type: 'text' }).txt(entry.title);
    e.ele('link', { rel: 'alternate', type: 'text/html', href: entry.link });
    e.ele('updated').txt(atomDate(entry.updated));
  }
  return root.end({ prettyPrint: true });
}
