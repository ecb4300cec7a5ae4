import 'server-only';

import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

import { CONTENT_DIR } from '@/lib/content';
import { glossaryFile, readGlossary, readUpdates } from '@/lib/content/data-files';
import { parseContentFile } from '@/lib/content/parse';
import type { Locale } from '@/lib/i18n/routing';
import { getMarketOverview } from '@/lib/market';

import type { LastmodSources } from './lastmod';

const run = promisify(execFile);

/**
 * The day of the last commit that touched `file`, or nothing: a change of content after its
 * review (a fixed link, a corrected figure) is a change readers and crawlers should see. A
 * deploy without git history (or an uncommitted file) falls back to the review dates alone.
 */
async function committedOn(file: string): Promise<string[]> {
  try {
    const { stdout } = await run('git', ['log', '-1', '--format=%cs', '--', file], {
      timeout: 5000,
      cwd: process.cwd(),
    });
    const day = stdout.trim();
    return /^\d{4}-\d{2}-\d{2}$/.test(day) ? [day] : [];
  } catch {
    return [];
  }
}

async function reviewDates(file: string): Promise<string[]> {
  const { frontmatter } = parseContentFile(file, await readFile(file, 'utf8'));
  return frontmatter.draft ? [] : [frontmatter.lastReviewed];
}

export const contentLastmodSources: LastmodSources = {
  async guide(locale) {
    const dir = path.join(CONTENT_DIR, locale, 'guide');
    const files = (await readdir(dir)).filter((f) => f.endsWith('.mdx')).map((f) => path.join(dir, f));
    const dates = await Promise.all(
      files.map(async (file) => [...(await reviewDates(file)), ...(await committedOn(file))]),
    );
    return dates.flat();
  },
  async token(locale, slug) {
    try {
      return await reviewDates(path.join(CONTENT_DIR, locale, 'tokens', `${slug}.mdx`));
    } catch {
      return [];
    }
  },
  async glossary(locale) {
    const glossary = await readGlossary(CONTENT_DIR, locale);
    return [glossary.lastReviewed, ...(await committedOn(glossaryFile(CONTENT_DIR, locale)))];
  },
  async updates(locale) {
    return (await readUpdates(CONTENT_DIR, locale as Locale)).map((e) => e.date);
  },
  async marketAsOf() {
    return (await getMarketOverview()).asOf;
  },
};
