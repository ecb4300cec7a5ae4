import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';

import { GPU_PRICE_ROWS } from '@/content/data/gpu-prices';
import { checkFundamentals } from '@/lib/fundamentals/check';
import { routing } from '@/lib/i18n/routing';
import { TOKENS } from '@/lib/market/registry';
import { isPagePath } from '@/lib/site/pages';

import { MDX_COMPONENT_NAMES, MDX_COMPONENT_PROPS, type MdxComponentName } from './components';
import { glossaryFile, updateFileNames, updatesDir } from './data-files';
import { contentSlug, listMdx } from './files';
import { type GlossaryTerm, parseGlossary } from './glossary';
import { checkGpuPriceRows } from './gpu-prices-check';
import { ContentError, parseContentFile, splitFrontmatter } from './parse';
import type { Frontmatter } from './schema';
import { findVariants, selfContradictions, variantMessage } from './term-variants';
import { parseUpdates, type UpdatesFile } from './updates';

// The editors' check: what is missing, broken or stale in content/, as `file:line: message`.
// Pure Node (no Next, no build), so it runs in a few seconds.

export interface Finding {
  level: 'error' | 'warning';
  file: string;
  line: number;
  message: string;
}

export interface CheckedFile {
  file: string;
  locale: string;
  kind: 'guide' | 'tokens';
  name: string;
  frontmatter: Frontmatter | null;
  words: number;
  headings: string[];
}

interface MdxNode {
  type: string;
  name?: string | null;
  url?: string;
  depth?: number;
  value?: string;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  position?: { start: { line: number } };
  children?: MdxNode[];
}

/** Checks one link target; returns a problem or null. `anchors` are the ids of the guide page. */
export function linkProblem(href: string, anchors: Set<string>): string | null {
  if (!href.startsWith('/') || href.startsWith('//')) return null;
  const [pathname = '/', hash] = href.split('#');
  const segments = pathname.split('/').filter(Boolean);
  if (segments[0] && (routing.locales as readonly string[]).includes(segments[0])) segments.shift();
  const page = `/${segments.join('/')}`;
  if (!isPagePath(page)) return `links to "${href}", which is not a page of the site`;
  if (hash && page === '/' && !anchors.has(hash)) return `links to "${href}": the guide has no section "#${hash}"`;
  return null;
}

function attributesOf(node: MdxNode): { props: Record<string, unknown>; expression: boolean } {
  const props: Record<string, unknown> = {};
  let expression = false;
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || !attr.name || (attr.value !== null && typeof attr.value === 'object')) {
      expression = true;
      continue;
    }
    props[attr.name] = attr.value ?? true;
  }
  return { props, expression };
}

const processor = createProcessor({ remarkPlugins: [remarkGfm] });

export async function checkFile(
  file: string,
  source: string,
  anchors: Set<string>,
): Promise<{ findings: Finding[]; checked: Omit<CheckedFile, 'locale' | 'kind' | 'name'> }> {
  const findings: Finding[] = [];
  const error = (line: number, message: string) => findings.push({ level: 'error', file, line, message });
  let frontmatter: Frontmatter | null = null;
  let body = source;
  let offset = 0;
  try {
    const parsed = parseContentFile(file, source);
    frontmatter = parsed.frontmatter;
    body = parsed.body;
    offset = parsed.bodyLine - 1;
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    error(e.line, e.message.slice(e.message.indexOf(': ') + 2));
    const split = splitFrontmatter(source);
    if (split) {
      body = split.body;
      offset = split.bodyLine - 1;
    }
  }

  const headings: string[] = [];
  let words = 0;
  let tree: MdxNode;
  try {
    tree = processor.parse(body) as unknown as MdxNode;
  } catch (e) {
    const place = (e as { place?: { line?: number; start?: { line?: number } } }).place;
    const line = (place?.line ?? place?.start?.line ?? 1) + offset;
    error(line, `MDX does not parse: ${(e as Error).message.split('\n')[0]}`);
    return { findings, checked: { file, frontmatter, words, headings } };
  }

  visit(tree as never, (node: MdxNode) => {
    const line = (node.position?.start.line ?? 1) + offset;
    if (node.type === 'text' && node.value) words += node.value.split(/\s+/).filter(Boolean).length;
    if (node.type === 'heading') {
      if ((node.depth ?? 0) < 3)
        error(line, `uses a level-${node.depth} heading: the body starts at ### (the title is the h2)`);
      headings.push(`h${node.depth}`);
    }
    if (node.type === 'link' && node.url) {
      const problem = linkProblem(node.url, anchors);
      if (problem) error(line, problem);
    }
    if (node.type === 'mdxjsEsm') error(line, 'imports and exports are not allowed in content');
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      if (!(MDX_COMPONENT_NAMES as string[]).includes(name)) {
        error(line, `uses <${name}>, which is not a content component (use ${MDX_COMPONENT_NAMES.join(', ')})`);
        return;
      }
      const { props, expression } = attributesOf(node);
      if (expression) error(line, `<${name}> props must be plain strings, not {expressions}`);
      const result = MDX_COMPONENT_PROPS[name as MdxComponentName].safeParse(props);
      if (!result.success) {
        for (const issue of result.error.issues) {
          const prop = issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '');
          error(
            line,
            `<${name}${prop ? ` ${prop}` : ''}>: ${issue.code === 'unrecognized_keys' ? 'is not a prop of this component' : issue.message}`,
          );
        }
      }
    }
  });
  return { findings, checked: { file, frontmatter, words, headings } };
}

/** Latin-script runs in a Russian file, or English-looking sentences in a Spanish one. */
export function untranslated(locale: string, body: string): string | null {
  const prose = body
    .replace(/^---[\s\S]*?---/, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>]*>/g, ' ')
    .replace(/`[^`]*`/g, ' ');
  if (locale === 'ru') {
    const run = prose.match(/(?:\b[A-Za-z][A-Za-z'’-]*\b[ ,;:]+){7,}[A-Za-z]+/)?.[0];
    return run ? run.slice(0, 80) : null;
  }
  if (locale === 'es') {
    const sentence = prose
      .split(/(?<=[.!?])\s+/)
      .find((s) => (s.match(/\b(the|and|with|which|that|is|are|of|for)\b/g) ?? []).length >= 4);
    return sentence ? sentence.trim().slice(0, 80) : null;
  }
  return null;
}

export async function checkContent(root = 'content', today = new Date().toISOString().slice(0, 10)) {
  const findings: Finding[] = [];
  const files: CheckedFile[] = [];
  for (const kind of ['guide', 'tokens'] as const) {
    const expected = new Set<string>();
    for (const locale of routing.locales) for (const f of await listMdx(path.join(root, locale, kind))) expected.add(f);
    if (kind === 'tokens') for (const t of TOKENS) expected.add(`${t.slug}.mdx`);
    for (const name of expected) {
      for (const locale of routing.locales) {
        const file = path.join(root, locale, kind, name);
        if (!(await listMdx(path.dirname(file))).includes(name)) {
          findings.push({
            level: 'error',
            file,
            line: 0,
            message: `is missing: the ${locale} translation of ${kind}/${name} does not exist`,
          });
        }
      }
      if (kind === 'tokens' && !TOKENS.some((t) => `${t.slug}.mdx` === name)) {
        findings.push({
          level: 'error',
          file: path.join(root, 'en', kind, name),
          line: 0,
          message: `profiles no tracked token (slugs: ${TOKENS.map((t) => t.slug).join(', ')})`,
        });
      }
    }
  }

  const guideAnchors = new Set<string>();
  for (const name of await listMdx(path.join(root, 'en', 'guide'))) guideAnchors.add(contentSlug(name));
  guideAnchors.add('contents');

  const glossaries = new Map<string, GlossaryTerm[]>();
  findings.push(...(await checkGlossaries(root, glossaries)));

  for (const locale of routing.locales) {
    for (const kind of ['guide', 'tokens'] as const) {
      for (const name of await listMdx(path.join(root, locale, kind))) {
        const file = path.join(root, locale, kind, name);
        const source = await readFile(file, 'utf8');
        const result = await checkFile(file, source, guideAnchors);
        findings.push(...result.findings);
        files.push({ ...result.checked, locale, kind, name });
        const fm = result.checked.frontmatter;
        if (fm && !fm.draft && fm.nextReview < today) {
          findings.push({
            level: 'warning',
            file,
            line: 1,
            message: `review overdue: nextReview ${fm.nextReview} has passed`,
          });
        }
        const sample = untranslated(locale, source);
        if (sample) findings.push({ level: 'warning', file, line: 1, message: `looks untranslated: "${sample}…"` });
        for (const use of findVariants(source, glossaries.get(locale) ?? [])) {
          findings.push({ level: 'warning', file, line: use.line, message: variantMessage(use) });
        }
      }
    }
  }

  findings.push(...(await checkUpdates(root, guideAnchors, glossaries)));

  for (const file of files.filter((f) => f.locale !== routing.defaultLocale)) {
    const source = files.find(
      (f) => f.locale === routing.defaultLocale && f.kind === file.kind && f.name === file.name,
    );
    if (source && source.headings.join(' ') !== file.headings.join(' ')) {
      findings.push({
        level: 'warning',
        file: file.file,
        line: 1,
        message: `heading structure differs from ${source.file} (${file.headings.length} vs ${source.headings.length} headings)`,
      });
    }
  }
  findings.push(...checkFundamentals(today));
  findings.push(...checkGpuPriceRows(GPU_PRICE_ROWS, today));
  return { findings, files };
}

const contentErrorFinding = (e: unknown): Finding => {
  if (!(e instanceof ContentError)) throw e;
  return { level: 'error', file: e.file, line: e.line, message: e.message.slice(`${e.file}:${e.line}: `.length) };
};

/** Each locale's glossary: valid, the same term ids as the default locale's, not contradicting itself. */
async function checkGlossaries(root: string, into: Map<string, GlossaryTerm[]>): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const locale of routing.locales) {
    const file = glossaryFile(root, locale);
    let source: string;
    try {
      source = await readFile(file, 'utf8');
    } catch {
      findings.push({ level: 'error', file, line: 0, message: `is missing: the ${locale} glossary does not exist` });
      continue;
    }
    try {
      into.set(locale, parseGlossary(file, source).terms);
    } catch (e) {
      findings.push(contentErrorFinding(e));
    }
  }
  const reference = into.get(routing.defaultLocale);
  for (const [locale, terms] of into) {
    const file = glossaryFile(root, locale);
    if (reference && locale !== routing.defaultLocale) {
      const ids = new Set(terms.map((t) => t.id));
      const missing = reference.filter((t) => !ids.has(t.id)).map((t) => t.id);
      const extra = terms.filter((t) => !reference.some((r) => r.id === t.id)).map((t) => t.id);
      if (missing.length)
        findings.push({
          level: 'error',
          file,
          line: 1,
          message: `lacks the terms ${missing.join(', ')} of the ${routing.defaultLocale} glossary`,
        });
      if (extra.length)
        findings.push({
          level: 'error',
          file,
          line: 1,
          message: `has terms the ${routing.defaultLocale} glossary lacks: ${extra.join(', ')} (anchors are shared across locales)`,
        });
    }
    for (const { term, variant } of selfContradictions(terms)) {
      findings.push({
        level: 'error',
        file,
        line: 1,
        message: `term "${term.id}" rules out "${variant}", which matches its own wording "${term.term}"`,
      });
    }
  }
  return findings;
}

/** Each locale's update entries: valid, linking to real pages and sections, the same ids in every locale. */
async function checkUpdates(
  root: string,
  anchors: Set<string>,
  glossaries: Map<string, GlossaryTerm[]>,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  const idsByLocale = new Map<string, Set<string>>();
  for (const locale of routing.locales) {
    const ids = new Set<string>();
    idsByLocale.set(locale, ids);
    for (const name of await updateFileNames(root, locale)) {
      const file = path.join(updatesDir(root, locale), name);
      const source = await readFile(file, 'utf8');
      for (const use of findVariants(source, glossaries.get(locale) ?? [])) {
        findings.push({ level: 'warning', file, line: use.line, message: variantMessage(use) });
      }
      let parsed: UpdatesFile;
      try {
        parsed = parseUpdates(file, source);
      } catch (e) {
        findings.push(contentErrorFinding(e));
        continue;
      }
      const expected = name.replace(/\.yaml$/, '').toUpperCase();
      if (parsed.quarter !== expected)
        findings.push({
          level: 'error',
          file,
          line: 1,
          message: `field "quarter" is ${parsed.quarter} but the file is named for ${expected}`,
        });
      const lines = source.split('\n');
      for (const entry of parsed.entries) {
        ids.add(entry.id);
        const line = lines.findIndex((l) => new RegExp(`\\bid:\\s*"?${entry.id}"?\\s*$`).test(l)) + 1;
        const problem = linkProblem(entry.link, anchors);
        if (problem) findings.push({ level: 'error', file, line, message: `entry "${entry.id}" ${problem}` });
      }
    }
  }
  const reference = idsByLocale.get(routing.defaultLocale) ?? new Set<string>();
  for (const [locale, ids] of idsByLocale) {
    if (locale === routing.defaultLocale) continue;
    const missing = [...reference].filter((id) => !ids.has(id));
    const extra = [...ids].filter((id) => !reference.has(id));
    const dir = updatesDir(root, locale);
    if (missing.length)
      findings.push({
        level: 'error',
        file: dir,
        line: 0,
        message: `lacks the ${locale} translation of update entries ${missing.join(', ')}`,
      });
    if (extra.length)
      findings.push({
        level: 'error',
        file: dir,
        line: 0,
        message: `has update entries the ${routing.defaultLocale} updates lack: ${extra.join(', ')}`,
      });
  }
  return findings;
}
