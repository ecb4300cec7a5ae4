// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { readUpdates } from '@/lib/content/data-files';
import { atomXml } from '@/lib/feed/atom';
import { updatesFeed } from '@/lib/feed/updates-feed';
import { routing } from '@/lib/i18n/routing';

const ATOM = 'http://www.w3.org/2005/Atom';
const parse = (xml: string) => {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
};
const text = (el: Element | Document, name: string) => el.getElementsByTagNameNS(ATOM, name)[0]?.textContent ?? null;

let saved: string | undefined;
beforeEach(() => {
  saved = process.env.SITE_URL;
  process.env.SITE_URL = 'https://depin.example.org/';
});
afterEach(() => {
  if (saved === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = saved;
});

describe('the updates feed', { timeout: 30_000 }, () => {
  it.each(routing.locales)('is Atom in %s with absolute links, the newest date and its language', async (locale) => {
    const entries = await readUpdates('content', locale);
    const xml = updatesFeed({ locale, entries, title: 'T', subtitle: 'S', author: 'A' });
    const doc = parse(xml);
    const feed = doc.documentElement;
    expect(feed.namespaceURI).toBe(ATOM);
    expect(feed.localName).toBe('feed');
    expect(feed.getAttribute('xml:lang')).toBe(locale);
    expect(text(feed, 'id')).toBe(`https://depin.example.org/${locale}/feed.xml`);
    const newest = entries
      .map((e) => e.date)
      .sort()
      .at(-1);
    expect(text(feed, 'updated')).toBe(`${newest}T00:00:00Z`);
    const self = [...feed.getElementsByTagNameNS(ATOM, 'link')].find((l) => l.getAttribute('rel') === 'self');
    expect(self?.getAttribute('href')).toBe(`https://depin.example.org/${locale}/feed.xml`);

    const items = [...doc.getElementsByTagNameNS(ATOM, 'entry')];
    expect(items).toHaveLength(entries.length);
    expect(items.length).toBeGreaterThanOrEqual(10);
    const ids = items.map((item) => text(item, 'id'));
    expect(new Set(ids).size).toBe(ids.length);
    items.forEach((item, i) => {
      expect(text(item, 'title')).toBe(entries[i]!.text);
      expect(text(item, 'updated')).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      const href = item.getElementsByTagNameNS(ATOM, 'link')[0]?.getAttribute('href') ?? '';
      expect(href.startsWith(`https://depin.example.org/${locale}`), href).toBe(true);
    });
    const guideLink = items
      .map((item) => item.getElementsByTagNameNS(ATOM, 'link')[0]?.getAttribute('href'))
      .find((h) => h?.includes('#'));
    expect(guideLink).toMatch(new RegExp(`^https://depin\\.example\\.org/${locale}#[a-z-]+$`));
  });

  it('escapes text and puts the newest entry date in <updated>', () => {
    const xml = atomXml({
      id: 'https://x.org/en/feed.xml',
      title: 'R&D <changes>',
      lang: 'en',
      alternate: 'https://x.org/en/updates',
      self: 'https://x.org/en/feed.xml',
      author: 'Site',
      entries: [
        { id: 'https://x.org/en/updates#a', title: 'A & B', link: 'https://x.org/en?a=1&b=2', updated: '2026-10-02' },
        { id: 'https://x.org/en/updates#b', title: 'C', link: 'https://x.org/en/tools', updated: '2026-12-01' },
      ],
    });
    const doc = parse(xml);
    expect(text(doc, 'title')).toBe('R&D <changes>');
    expect(text(doc.documentElement, 'updated')).toBe('2026-12-01T00:00:00Z');
    expect(
      doc.getElementsByTagNameNS(ATOM, 'entry')[0]?.getElementsByTagNameNS(ATOM, 'link')[0]?.getAttribute('href'),
    ).toBe('https://x.org/en?a=1&b=2');
  });
});
