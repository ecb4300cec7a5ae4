// When each page last changed, for the sitemap's <lastmod> (search engines use it; they ignore
// changefreq and priority). Pure: the dates come from `LastmodSources`, so tests can feed them.

export interface LastmodSources {
  /** The guide's sections in a locale: each one's lastReviewed and last content change. */
  guide(locale: string): Promise<string[]>;
  /** A token profile's lastReviewed (none when the token has no profile in that locale). */
  token(locale: string, slug: string): Promise<string[]>;
  /** The glossary's lastReviewed and last content change. */
  glossary(locale: string): Promise<string[]>;
  /** The dates of the update entries. */
  updates(locale: string): Promise<string[]>;
  /** The as-of time of the market data every other page shows (the snapshot's date in snapshot mode). */
  marketAsOf(): Promise<string>;
}

/** The latest of ISO dates and date-times, compared as instants (`2026-12-01` is its midnight UTC). */
export function latest(dates: readonly string[]): string | undefined {
  let best: { iso: string; time: number } | undefined;
  for (const iso of dates) {
    const time = Date.parse(iso);
    if (Number.isNaN(time)) continue;
    if (!best || time > best.time) best = { iso, time };
  }
  return best?.iso;
}

/** The page's last modification, or undefined when nothing dates it. */
export async function pageLastModified(
  path: string,
  locale: string,
  sources: LastmodSources,
): Promise<string | undefined> {
  if (path === '/') return latest(await sources.guide(locale));
  const token = /^\/tokens\/([^/]+)$/.exec(path);
  if (token) return latest(await sources.token(locale, token[1]!));
  if (path === '/glossary') return latest(await sources.glossary(locale));
  if (path === '/updates') return latest(await sources.updates(locale));
  // Everything else is a data page (/market, /tools and the like): it changes with its data.
  return sources.marketAsOf();
}
