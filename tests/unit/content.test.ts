import { readdirSync, readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { getGuideSections, getTokenProfile } from '@/lib/content';
import { ContentError, parseContentFile } from '@/lib/content/parse';
import { routing } from '@/lib/i18n/routing';
import { TOKENS } from '@/lib/market/registry';

const valid = `---
title: "What is DePIN?"
description: "Decentralized physical infrastructure networks explained for readers who are new to them."
order: 1
lastReviewed: "2026-11-22"
nextReview: "2027-02-22"
sources:
  - title: "Messari"
    url: "https://messari.io"
---

Body text.
`;

function problem(source: string): ContentError {
  try {
    parseContentFile('content/en/guide/01-x.mdx', source);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return error as ContentError;
  }
  throw new Error('expected a ContentError');
}

describe('frontmatter schema', () => {
  it('parses a valid file and separates the body', () => {
    const parsed = parseContentFile('content/en/guide/01-x.mdx', valid);
    expect(parsed.frontmatter).toMatchObject({ title: 'What is DePIN?', order: 1, draft: false });
    expect(parsed.body.trim()).toBe('Body text.');
  });

  it('names the file, line and field of a missing title', () => {
    const error = problem(valid.replace('title: "What is DePIN?"\n', ''));
    expect(error.message).toBe('content/en/guide/01-x.mdx:1: frontmatter field "title" is required');
  });

  it('names a date that is not a date, with its line', () => {
    const error = problem(valid.replace('"2027-02-22"', '"next spring"'));
    expect(error.field).toBe('nextReview');
    expect(error.line).toBe(6);
    expect(error.message).toContain('ISO date');
  });

  it('rejects a review date before the last review, unknown fields and missing sources', () => {
    expect(problem(valid.replace('"2027-02-22"', '"2026-01-01"')).message).toContain(
      '"nextReview" must be after lastReviewed',
    );
    expect(problem(valid.replace('order: 1', 'order: 1\nauthor: "me"')).field).toBe('author');
    expect(problem(valid.replace(/sources:[\s\S]*?---/, 'sources: []\n---')).field).toBe('sources');
    expect(problem(valid.replace('https://messari.io', 'messari')).field).toBe('sources.0.url');
  });

  it('explains a file without frontmatter or with broken YAML', () => {
    expect(problem('# Hello').message).toContain('has no frontmatter block');
    expect(problem(valid.replace('order: 1', 'order: [1')).message).toContain('not valid YAML');
  });
});

describe('the landed content', () => {
  const guideFiles = readdirSync('content/en/guide').sort();

  it('has the seven guide sections and nine token profiles in every locale', () => {
    expect(guideFiles).toHaveLength(7);
    for (const locale of routing.locales) {
      expect(readdirSync(`content/${locale}/guide`).sort()).toEqual(guideFiles);
      expect(readdirSync(`content/${locale}/tokens`).sort()).toEqual(TOKENS.map((t) => `${t.slug}.mdx`).sort());
    }
  });

  it.each(routing.locales)('loads the %s guide in order, with headings and the FAQ', async (locale) => {
    const sections = await getGuideSections(locale);
    expect(sections.map((s) => s.slug)).toEqual(guideFiles.map((f) => f.replace(/^\d+-|\.mdx$/g, '')));
    expect(sections.map((s) => s.frontmatter.order)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const faq = sections.find((s) => s.slug === 'faq')!.faq;
    expect(faq.length).toBeGreaterThanOrEqual(6);
    expect(faq.every((entry) => entry.question.length > 5 && entry.answer.length > 20)).toBe(true);
    // Key projects: one h3 per tracked token, in market-map order, then the peers a reader meets elsewhere.
    const projects = sections.find((s) => s.slug === 'key-projects')!.headings.filter((h) => h.depth === 3);
    expect(projects).toHaveLength(10);
    expect(projects.slice(0, 9).map((h) => /\(([A-Z]+)\)$/.exec(h.text)?.[1])).toEqual([
      'RENDER',
      'AKT',
      'IO',
      'FIL',
      'AR',
      'HNT',
      'WIFI',
      'FET',
      'TAO',
    ]);
  });

  it('keeps the same heading structure across translations', async () => {
    const shape = async (locale: (typeof routing.locales)[number]) =>
      (await getGuideSections(locale)).map((s) => s.headings.map((h) => h.depth).join(''));
    const en = await shape('en');
    expect(await shape('ru')).toEqual(en);
    expect(await shape('es')).toEqual(en);
  });

  it('leaves no English sentence in the Russian content', () => {
    for (const dir of ['guide', 'tokens']) {
      for (const file of readdirSync(`content/ru/${dir}`)) {
        const body = readFileSync(`content/ru/${dir}/${file}`, 'utf8').split(/^---$/m).slice(2).join('');
        const prose = body.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<[^>]+>/g, ' ');
        const english = prose.match(/(?:\b[A-Za-z][a-z]+\b[ ,]+){7,}/g) ?? [];
        expect(english, `content/ru/${dir}/${file}`).toEqual([]);
      }
    }
  });

  it('has a profile for every token, and none for an unknown slug', async () => {
    for (const token of TOKENS) expect(await getTokenProfile('es', token.slug)).not.toBeNull();
    expect(await getTokenProfile('en', '../guide/01-what-is-depin')).toBeNull();
  });
});
