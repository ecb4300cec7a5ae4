import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { expect, test } from '@playwright/test';

import { routing } from '@/lib/i18n/routing';
import { PAGE_PATHS } from '@/lib/site/pages';

// Two checkers nobody here wrote, on every page kind in every locale: the W3C Nu Html Checker
// (vnu-jar, Java) on the HTML as served, and HTML_CodeSniffer (WCAG 2 AA) in the browser, a second
// accessibility engine besides axe (a11y.spec.ts).

// One page of each kind: the first path of each first segment (one token page stands for all).
const KINDS = [
  ...new Map(PAGE_PATHS.map((p) => [p.split('/')[1] ?? '', p])).values(),
  '/no-such-page', // the 404
];
const PAGES = routing.locales.flatMap((locale) => KINDS.map((p) => `/${locale}${p === '/' ? '' : p}`));

// vnu bundles an old CSS validator that does not know container queries (Baseline since 2023):
// its complaints about them say nothing about the page.
const OUTDATED_CSS = /^CSS: .*(@container|container-type)/;

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  message: string;
  extract?: string;
}

test('the W3C Nu Html Checker finds no error or warning on any page', async ({ request }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'vnu-'));
  try {
    const files = await Promise.all(
      PAGES.map(async (page, i) => {
        const res = await request.get(page);
        expect(res.status(), page).toBe(page.endsWith('/no-such-page') ? 404 : 200);
        const file = path.join(dir, `${i}.html`);
        writeFileSync(file, await res.body());
        return file;
      }),
    );
    // One JVM for all pages: starting Java is most of the cost.
    const jar = 'node_modules/vnu-jar/build/dist/vnu.jar';
    const out = await promisify(execFile)('java', ['-jar', jar, '--format', 'json', '--exit-zero-always', ...files], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const { messages } = JSON.parse(out.stderr) as { messages: VnuMessage[] };
    const problems = messages
      .filter((m) => m.type !== 'info' || m.subType === 'warning')
      .filter((m) => !OUTDATED_CSS.test(m.message))
      .map((m) => {
        const page = PAGES[files.indexOf(decodeURIComponent(new URL(m.url ?? 'file:///').pathname))];
        return `${page}: ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message} [${m.extract ?? ''}]`;
      });
    expect(problems).toEqual([]);
    expect(messages.length, 'vnu read the pages').toBeGreaterThan(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const HTMLCS = readFileSync('node_modules/html_codesniffer/build/HTMLCS.js', 'utf8');

for (const url of PAGES) {
  test(`HTML_CodeSniffer (WCAG 2 AA) finds no error on ${url}`, async ({ page }) => {
    const res = await page.goto(url, { waitUntil: 'load' });
    expect(res?.status()).toBe(url.endsWith('/no-such-page') ? 404 : 200);
    await page.addScriptTag({ content: HTMLCS });
    const errors = await page.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const htmlcs = (window as unknown as { HTMLCS: HtmlCodeSniffer }).HTMLCS;
          htmlcs.process(
            'WCAG2AA',
            document,
            () =>
              resolve(
                htmlcs
                  .getMessages()
                  .filter((m) => m.type === 1) // 1 error, 2 warning, 3 notice
                  .map((m) => `${m.code}: ${m.msg} ${m.element.outerHTML.slice(0, 160)}`),
              ),
            () => reject(new Error('HTMLCS failed')),
            'en',
          );
        }),
    );
    expect(errors).toEqual([]);
  });
}

interface HtmlCodeSniffer {
  process(standard: string, content: Document, done: () => void, failed: () => void, language: string): void;
  getMessages(): Array<{ type: number; code: string; msg: string; element: Element }>;
}
