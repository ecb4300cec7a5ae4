import { readFileSync } from 'node:fs';

import { createProcessor } from '@mdx-js/mdx';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';

import { getGuideSections } from '@/lib/content';
import { MDX_COMPONENT_NAMES } from '@/lib/content/components';
import { type GlossaryTerm, parseGlossary, phraseRegExp } from '@/lib/content/glossary';
import { remarkGlossaryLinks } from '@/lib/content/glossary-links';
import { routing } from '@/lib/i18n/routing';

const glossary = (locale: string) =>
  parseGlossary(`content/${locale}/glossary.yaml`, readFileSync(`content/${locale}/glossary.yaml`, 'utf8')).terms;

interface Node {
  type: string;
  value?: string;
  url?: string;
  children?: Node[];
}

/** Runs the plugin on MDX and returns the links it made, in order, as `text -> url`. */
function links(mdx: string, terms: readonly GlossaryTerm[]): string[] {
  const processor = createProcessor({ remarkPlugins: [remarkGfm] });
  const tree = processor.parse(mdx) as unknown as Node;
  remarkGlossaryLinks({ terms })(tree as never);
  const found: string[] = [];
  const walk = (node: Node) => {
    if (node.type === 'link' && node.url?.startsWith('/glossary#'))
      found.push(`${node.children?.[0]?.value} -> ${node.url}`);
    node.children?.forEach(walk);
  };
  walk(tree);
  return found;
}

describe('phraseRegExp', () => {
  it('matches Russian inflections through stems and whole words only', () => {
    const bme = phraseRegExp('сжигани* и выпуск*');
    expect('модель сжигания и выпуска'.match(bme)?.[0]).toBe('сжигания и выпуска');
    expect('сжиганием и\nвыпуском'.match(bme)?.[0]).toBe('сжиганием и\nвыпуском');
    expect(phraseRegExp('эмисси*').test('нетто-эмиссия')).toBe(false);
    expect(phraseRegExp('DePIN').test('DePIN-сети')).toBe(true);
  });

  it('keeps the case of acronyms and ignores it elsewhere', () => {
    expect(phraseRegExp('FDV').test('fdv')).toBe(false);
    expect(phraseRegExp('quema y acuñación').test('Quema y acuñación')).toBe(true);
  });
});

describe('remarkGlossaryLinks', { timeout: 30_000 }, () => {
  it('links the first use of each Russian term per section, in any case form', () => {
    const mdx = [
      '### Сжигание и выпуск',
      '',
      'В моделях сжигания и выпуска провайдеры получают токены, а `провайдер` в коде не ссылка.',
      '',
      'Ещё раз о сжигании и выпуске: [провайдеры](/tokens/render) уже ссылка, провайдерам платят.',
    ].join('\n');
    expect(links(mdx, glossary('ru'))).toEqual([
      'сжигания и выпуска -> /glossary#burn-and-mint-equilibrium',
      'провайдеры -> /glossary#provider',
    ]);
  });

  it('prefers the longer phrase and skips headings, links, code and component props', () => {
    const mdx = [
      '## El equilibrio de quema y acuñación',
      '',
      '<FaqItem question="¿Qué es una subred?">',
      'Una subred de Bittensor usa el equilibrio de quema y acuñación.',
      '</FaqItem>',
      '',
      '```',
      'arrendatario',
      '```',
      '',
      'Los arrendatarios pagan; [arrendatario](https://example.com) no se toca.',
    ].join('\n');
    expect(links(mdx, glossary('es'))).toEqual([
      'subred -> /glossary#subnet',
      'equilibrio de quema y acuñación -> /glossary#burn-and-mint-equilibrium',
      'arrendatarios -> /glossary#tenant',
    ]);
  });

  it('starts again in every section (one compile each)', () => {
    const terms = glossary('en');
    expect(links('Providers rent GPUs.', terms)).toEqual(['Providers -> /glossary#provider']);
    expect(links('A provider again.', terms)).toEqual(['provider -> /glossary#provider']);
  });
});

describe('the compiled guide', { timeout: 60_000 }, () => {
  it.each(routing.locales)('links glossary terms at most once per section in %s, never in headings', async (locale) => {
    const sections = await getGuideSections(locale);
    const ids = new Set(glossary(locale).map((t) => t.id));
    let total = 0;
    for (const section of sections) {
      // Content components render their children only: what matters here is the prose.
      const components = Object.fromEntries(
        MDX_COMPONENT_NAMES.map((name) => [name, ({ children }: { children?: unknown }) => children ?? null]),
      );
      const html = renderToStaticMarkup(createElement(section.Content, { components }));
      // Links come out in the reader's locale (rehypeStaticHtml does what MdxLink did).
      const anchors = [...html.matchAll(new RegExp(`href="/${locale}/glossary#([a-z0-9-]+)"`, 'g'))].map((m) => m[1]!);
      expect(new Set(anchors).size, section.slug).toBe(anchors.length);
      for (const id of anchors) expect(ids.has(id), id).toBe(true);
      expect(html).not.toMatch(/<h[1-6][^>]*>(?:(?!<\/h).)*glossary#/);
      total += anchors.length;
    }
    expect(total).toBeGreaterThan(20);
  });
});
