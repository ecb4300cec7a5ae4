import { describe, expect, it } from 'vitest';

import { type LastmodSources, latest, pageLastModified } from '@/lib/site/lastmod';

const sources: LastmodSources = {
  guide: async (locale) =>
    locale === 'ru' ? ['2026-11-20', '2026-12-01', '2026-11-22'] : ['2026-11-20', '2026-11-22'],
  token: async (_locale, slug) => (slug === 'helium' ? ['2026-11-30'] : []),
  glossary: async () => ['2026-12-01'],
  updates: async () => ['2026-10-15', '2026-12-01', '2026-11-02'],
  marketAsOf: async () => '2024-06-05T06:47:00.000Z',
};

describe('sitemap lastmod', () => {
  it('dates the guide by its latest section, per locale', async () => {
    expect(await pageLastModified('/', 'ru', sources)).toBe('2026-12-01');
    expect(await pageLastModified('/', 'en', sources)).toBe('2026-11-22');
  });

  it("dates a token page by its profile's review, and leaves it undated without one", async () => {
    expect(await pageLastModified('/tokens/helium', 'es', sources)).toBe('2026-11-30');
    expect(await pageLastModified('/tokens/render', 'es', sources)).toBeUndefined();
  });

  it('dates the glossary and updates by their content, data pages by the data', async () => {
    expect(await pageLastModified('/glossary', 'en', sources)).toBe('2026-12-01');
    expect(await pageLastModified('/updates', 'en', sources)).toBe('2026-12-01');
    expect(await pageLastModified('/market', 'en', sources)).toBe('2024-06-05T06:47:00.000Z');
    expect(await pageLastModified('/tools', 'ru', sources)).toBe('2024-06-05T06:47:00.000Z');
  });

  it('compares dates as instants, not strings, and skips junk', () => {
    expect(latest(['2026-12-01', '2026-11-30T23:59:59Z', 'soon'])).toBe('2026-12-01');
    expect(latest(['2026-12-01', '2026-12-01T10:00:00+02:00'])).toBe('2026-12-01T10:00:00+02:00');
    expect(latest([])).toBeUndefined();
  });
});

describe('the sitemap', () => {
  it('gives every page a lastmod from its own source and no changefreq or priority', { timeout: 30_000 }, async () => {
    const { default: sitemap } = await import('@/app/sitemap');
    const { getMarketOverview } = await import('@/lib/market');
    const entries = await sitemap();
    const at = (url: string) => entries.find((e) => e.url.endsWith(url));
    for (const entry of entries) {
      expect(entry.lastModified, entry.url).toBeDefined();
      expect(entry).not.toHaveProperty('changeFrequency');
      expect(entry).not.toHaveProperty('priority');
    }
    expect(at('/en/market')?.lastModified).toBe((await getMarketOverview()).asOf);
    expect(at('/ru/updates')?.lastModified).toBe('2026-12-01');
    expect(String(at('/es')?.lastModified)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
