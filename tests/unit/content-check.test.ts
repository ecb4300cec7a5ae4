import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { checkContent, linkProblem, untranslated } from '@/lib/content/check';

// Each test breaks a copy of the real content the way an editor might, and reads the report.
let root = '';
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'content-'));
  cpSync('content', root, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const edit = (file: string, change: (s: string) => string) => {
  const full = path.join(root, file);
  writeFileSync(full, change(readFileSync(full, 'utf8')));
};
const errors = async (today = '2026-12-01') =>
  (await checkContent(root, today)).findings
    .filter((f) => f.level === 'error')
    .map((f) => `${path.relative(root, f.file)}:${f.line}: ${f.message}`);

describe('content:check', { timeout: 30_000 }, () => {
  it('passes the landed content', async () => {
    expect(await errors()).toEqual([]);
  });

  it('names a deleted Russian section by locale and file', async () => {
    rmSync(path.join(root, 'ru/guide/04-market-map.mdx'));
    expect(await errors()).toEqual([
      'ru/guide/04-market-map.mdx:0: is missing: the ru translation of guide/04-market-map.mdx does not exist',
    ]);
  });

  it('names the file, line and field of a dropped title', async () => {
    edit('es/guide/02-why-ai-needs-depin.mdx', (s) => s.replace(/^title: .*\n/m, ''));
    expect(await errors()).toEqual(['es/guide/02-why-ai-needs-depin.mdx:1: frontmatter field "title" is required']);
  });

  it('quotes a link to a page that does not exist, with its line', async () => {
    edit('en/guide/05-tokenomics.mdx', (s) => `${s}\nSee [the calculator](/calculator).\n`);
    const [message] = await errors();
    expect(message).toMatch(
      /^en\/guide\/05-tokenomics\.mdx:\d+: links to "\/calculator", which is not a page of the site$/,
    );
  });

  it('names an unknown token slug and an unknown component', async () => {
    edit('ru/tokens/render.mdx', (s) => `${s}\n<TokenPrice slug="solana" />\n\n<Chart slug="render" />\n`);
    const found = await errors();
    expect(found).toHaveLength(2);
    expect(found[0]).toContain('<TokenPrice slug>: unknown token slug "solana"');
    expect(found[1]).toContain('uses <Chart>, which is not a content component');
  });

  it('lists an overdue review as a warning without failing', async () => {
    // A date after every file's nextReview (the quarterly review moves them forward).
    const { findings } = await checkContent(root, '2027-12-01');
    const overdue = findings.filter((f) => f.message.startsWith('review overdue'));
    expect(overdue.length).toBe(48);
    expect(overdue.every((f) => f.level === 'warning')).toBe(true);
    // A section reviewed on 2026-12-01 is not overdue the next day.
    const now = await checkContent(root, '2026-12-02');
    expect(
      now.findings.filter((f) => f.message.startsWith('review overdue') && f.file.includes('guide/03-key-projects')),
    ).toEqual([]);
  });

  it('warns about a Russian file with an English passage', async () => {
    edit(
      'ru/guide/01-what-is-depin.mdx',
      (s) => `${s}\nThis paragraph was left in English by mistake and nobody translated it.\n`,
    );
    const { findings } = await checkContent(root, '2026-12-01');
    expect(findings.find((f) => f.message.startsWith('looks untranslated'))).toMatchObject({
      level: 'warning',
      file: expect.stringContaining('ru/guide/01'),
    });
  });
});

describe('helpers', () => {
  const anchors = new Set(['faq']);
  it('accepts pages of the site, with or without a locale, and guide anchors', () => {
    for (const href of ['/', '/tools', '/tokens/render', '/ru/market', '/#faq', 'https://example.com', '#faq']) {
      expect(linkProblem(href, anchors), href).toBeNull();
    }
    expect(linkProblem('/#nowhere', anchors)).toContain('no section');
    expect(linkProblem('/tokens/solana', anchors)).toContain('not a page');
  });

  it('spots English in Spanish prose but not Spanish itself', () => {
    expect(
      untranslated('es', 'The network is paid with tokens that are minted for the providers of the service.'),
    ).not.toBeNull();
    expect(untranslated('es', 'La red paga a los proveedores con tokens recién emitidos por el protocolo.')).toBeNull();
  });
});
