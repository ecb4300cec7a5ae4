import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { FONT_FILES, fontsFor, INTER_VERSION } from '@/lib/fonts';

const root = process.cwd();
const read = (file: string) => readFileSync(path.join(root, file));
const css = read('app/globals.css').toString();

describe('fonts', () => {
  it('serves the files of the installed @fontsource-variable/inter, named with its version', () => {
    const pkg = JSON.parse(read('node_modules/@fontsource-variable/inter/package.json').toString());
    // A package upgrade fails here until the files are copied again under the new version's names.
    expect(INTER_VERSION).toBe(pkg.version);
    for (const [subset, href] of Object.entries(FONT_FILES)) {
      const original = read(`node_modules/@fontsource-variable/inter/files/inter-${subset}-wght-normal.woff2`);
      expect(read(`public${href}`).equals(original), href).toBe(true);
    }
  });

  it('declares a face for every file, with the unicode-range fontsource gives the subset', () => {
    const upstream = read('node_modules/@fontsource-variable/inter/wght.css').toString();
    for (const [subset, href] of Object.entries(FONT_FILES)) {
      const face = css.split('@font-face').find((block) => block.includes(href));
      expect(face, href).toBeDefined();
      const range = (block: string) => /unicode-range:([^;]+);/.exec(block)?.[1]?.replace(/\s/g, '');
      const theirs = upstream.split('@font-face').find((block) => block.includes(`inter-${subset}-wght-normal.woff2`))!;
      expect(range(face!)).toBeTruthy();
      expect(range(face!)).toBe(range(theirs));
      expect(face).toContain('font-display: optional');
    }
  });

  it('preloads Cyrillic only where the page is in Russian', () => {
    expect(fontsFor('en')).toEqual([FONT_FILES.latin]);
    expect(fontsFor('es')).toEqual([FONT_FILES.latin]);
    expect(fontsFor('ru')).toEqual([FONT_FILES.latin, FONT_FILES.cyrillic]);
  });
});
