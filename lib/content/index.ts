import 'server-only';

import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { compile, type CompileOptions, run } from '@mdx-js/mdx';
import { cache, type ComponentType } from 'react';
import * as runtime from 'react/jsx-runtime';
import remarkGfm from 'remark-gfm';

import type { Locale } from '@/lib/i18n/routing';

import { readGlossary, readUpdates } from './data-files';
import { contentSlug, listMdx } from './files';
import type { Glossary, GlossaryTerm } from './glossary';
import { remarkGlossaryLinks } from './glossary-links';
import { parseContentFile } from './parse';
import { type FaqEntry, type Heading, rehypeHeadings, remarkFaq } from './plugins';
import type { Frontmatter } from './schema';
import { rehypeStaticHtml } from './static-html';
import type { UpdateEntry } from './updates';

export type { Glossary, GlossaryTerm } from './glossary';
export type { FaqEntry, Heading } from './plugins';
export type { Frontmatter } from './schema';
export type { UpdateEntry } from './updates';

export const CONTENT_DIR = path.join(process.cwd(), 'content');

export interface ContentEntry {
  /** `what-is-depin` for `03-what-is-depin.mdx`: the section's anchor, stable across locales. */
  slug: string;
  file: string;
  frontmatter: Frontmatter;
  headings: Heading[];
  faq: FaqEntry[];
  Content: ComponentType<{ components?: Record<string, unknown> }>;
}

// Content is trusted: MDX is compiled from files in this repository only, never from input.
async function loadEntry(locale: Locale, file: string, glossary?: readonly GlossaryTerm[]): Promise<ContentEntry> {
  const source = await readFile(file, 'utf8');
  const relative = path.relative(process.cwd(), file);
  const { frontmatter, body } = parseContentFile(relative, source);
  const slug = contentSlug(file);
  const remarkPlugins: NonNullable<CompileOptions['remarkPlugins']> = [remarkGfm, remarkFaq];
  if (glossary) remarkPlugins.push([remarkGlossaryLinks, { terms: glossary }]);
  const compiled = await compile(
    { value: body, path: file },
    {
      outputFormat: 'function-body',
      remarkPlugins,
      rehypePlugins: [
        [rehypeHeadings, { prefix: slug }],
        [rehypeStaticHtml, { locale }],
      ],
    },
  );
  const { default: Content } = await run(String(compiled), { ...runtime, baseUrl: import.meta.url });
  return {
    slug,
    file: relative,
    frontmatter,
    headings: (compiled.data.headings as Heading[] | undefined) ?? [],
    faq: (compiled.data.faq as FaqEntry[] | undefined) ?? [],
    Content: Content as ContentEntry['Content'],
  };
}

/** Every guide section of a locale, in frontmatter `order`. */
export const getGuideSections = cache(async (locale: Locale, includeDrafts = false): Promise<ContentEntry[]> => {
  const dir = path.join(CONTENT_DIR, locale, 'guide');
  const files = await listMdx(dir);
  // No sections (a path segment that is not a locale, rendered before the layout's 404): no glossary either.
  if (files.length === 0) return [];
  const { terms } = await getGlossary(locale);
  const entries = await Promise.all(files.map((f) => loadEntry(locale, path.join(dir, f), terms)));
  return entries
    .filter((e) => includeDrafts || !e.frontmatter.draft)
    .sort((a, b) => a.frontmatter.order - b.frontmatter.order);
});

/** The profile of one token in one locale, or null when it has none (or it is a draft). */
export const getTokenProfile = cache(
  async (locale: Locale, slug: string, includeDrafts = false): Promise<ContentEntry | null> => {
    const file = path.join(CONTENT_DIR, locale, 'tokens', `${slug}.mdx`);
    const names = await listMdx(path.dirname(file));
    if (!names.includes(`${slug}.mdx`)) return null;
    const entry = await loadEntry(locale, file);
    return includeDrafts || !entry.frontmatter.draft ? entry : null;
  },
);

/** The locale's glossary (content/<locale>/glossary.yaml). */
export const getGlossary = cache((locale: Locale): Promise<Glossary> => readGlossary(CONTENT_DIR, locale));

/** The locale's update entries from every quarter file, newest first. */
export const getUpdates = cache((locale: Locale): Promise<UpdateEntry[]> => readUpdates(CONTENT_DIR, locale));
