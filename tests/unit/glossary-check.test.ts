import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { checkContent } from '@/lib/content/check';
import { parseGlossary } from '@/lib/content/glossary';
import { findVariants, proseOnly, variantMessage } from '@/lib/content/term-variants';

// The glossary rule and the validation of the glossary and update files, on a copy of the real
// content broken the way an editor might break it.
let root = '';
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'glossary-'));
  cpSync('content', root, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const edit = (file: string, change: (s: string) => string) => {
  const full = path.join(root, file);
  writeFileSync(full, change(readFileSync(full, 'utf8')));
};
const findings = async () =>
  (await checkContent(root, '2026-12-01')).findings.map((f) => ({
    level: f.level,
    text: `${path.relative(root, f.file)}:${f.line}: ${f.message}`,
  }));
const report = async (level: 'error' | 'warning') =>
  (await findings()).filter((f) => f.level === level).map((f) => f.text);
const es = parseGlossary('content/es/glossary.yaml', readFileSync('content/es/glossary.yaml', 'utf8')).terms;
const ru = parseGlossary('content/ru/glossary.yaml', readFileSync('content/ru/glossary.yaml', 'utf8')).terms;

describe('variants the glossary rules out', { timeout: 30_000 }, () => {
  it('names the Spanish preferred term at the line of the variant', () => {
    const source = '---\ntitle: "x"\n---\n\nUna línea.\nEl modelo de quema y\nemisión de Render.\n';
    const [use, ...rest] = findVariants(source, es);
    expect(rest).toEqual([]);
    expect(use?.line).toBe(6);
    expect(variantMessage(use!)).toBe(
      'uses "quema y emisión", a variant the glossary rules out: write "quema y acuñación" (glossary#burn-and-mint-equilibrium)',
    );
  });

  it('finds inflected Russian variants and leaves the preferred wording alone', () => {
    const found = findVariants("Модель сжигания и эмиссии.\nМодель сжигания и выпуска.\nHotspot'ы и хотспоты.\n", ru);
    expect(found.map((u) => `${u.line}: ${u.found} -> ${u.preferred}`)).toEqual([
      '1: сжигания и эмиссии -> сжигание и выпуск',
      "3: Hotspot'ы -> хотспот",
    ]);
  });

  it('flags Spanish holders as "titulares" only in the token sense', () => {
    const found = findVariants(
      'Las marcas pertenecen a sus titulares.\nNo te fíes de un titular.\nLos titulares de tokens votan.\n',
      es,
    );
    expect(found.map((u) => `${u.line}: ${u.found} -> ${u.preferred}`)).toEqual(['3: titulares de tokens -> tenedor']);
  });

  it('ignores URLs, code and the sources list, where the words are not ours', () => {
    const source =
      '---\ntitle: "x"\nsources:\n  - title: "Los titulares de tokens"\n    url: "https://x.io/quema-y-emision"\n---\n\n`inquilino` [enlace](https://x.io/inquilinos)\n';
    expect(proseOnly(source)).toHaveLength(source.length);
    expect(findVariants(source, es)).toEqual([]);
  });

  it('content:check warns as file:line and does not fail', async () => {
    edit('es/tokens/helium.mdx', (s) => `${s}\nLos inquilinos pagan en la red.\n`);
    const lines = readFileSync(path.join(root, 'es/tokens/helium.mdx'), 'utf8').split('\n').length - 1;
    const all = await findings();
    expect(all).toContainEqual({
      level: 'warning',
      text: `es/tokens/helium.mdx:${lines}: uses "inquilinos", a variant the glossary rules out: write "arrendatario" (glossary#tenant)`,
    });
    expect(all.filter((f) => f.level === 'error')).toEqual([]);
  });
});

describe('content:check validates the glossary and the updates', { timeout: 30_000 }, () => {
  it('passes the landed glossary and updates', async () => {
    expect(await report('error')).toEqual([]);
  });

  it('names file, line and field of a glossary entry without a definition', async () => {
    edit('es/glossary.yaml', (s) => s.replace(/^ {4}definition: .La pérdida de peso.*\n/m, ''));
    const line =
      readFileSync(path.join(root, 'es/glossary.yaml'), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('id: dilution')) + 1;
    const errors = await report('error');
    expect(errors).toContain(
      `es/glossary.yaml:${line}: field "terms.${es.findIndex((t) => t.id === 'dilution')}.definition" is required`,
    );
  });

  it('requires the same anchors in every locale', async () => {
    edit('ru/glossary.yaml', (s) => s.replace('id: take-rate', 'id: komissiya'));
    expect(await report('error')).toEqual([
      'ru/glossary.yaml:1: lacks the terms take-rate of the en glossary',
      'ru/glossary.yaml:1: has terms the en glossary lacks: komissiya (anchors are shared across locales)',
    ]);
  });

  it('rejects a glossary that rules out its own term', async () => {
    edit('es/glossary.yaml', (s) =>
      s.replace(/rulesOut:\n {6}- .titular\* de token\*./, "rulesOut:\n      - 'tenedor*'"),
    );
    expect(await report('error')).toEqual([
      'es/glossary.yaml:1: term "holder" rules out "tenedor*", which matches its own wording "tenedor"',
    ]);
  });

  it('names the line and field of an update entry with a bad date', async () => {
    edit('ru/updates/2026-q4.yaml', (s) => s.replace(/date: .2026-12-01./, "date: '1 декабря'"));
    const line =
      readFileSync(path.join(root, 'ru/updates/2026-q4.yaml'), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('1 декабря')) + 1;
    expect(await report('error')).toContain(
      `ru/updates/2026-q4.yaml:${line}: field "entries.0.date" must be an ISO date like 2026-12-01`,
    );
  });

  it('rejects an entry dated outside its quarter and a link to a missing section', async () => {
    edit('en/updates/2026-q4.yaml', (s) => s.replace(/date: .2026-12-01./, "date: '2027-01-05'"));
    edit('es/updates/2026-q4.yaml', (s) => s.replace(/link: .\/#what-is-depin./, "link: '/#que-es-depin'"));
    const errors = await report('error');
    expect(
      errors.some((e) => /^en\/updates\/2026-q4\.yaml:\d+: field "entries\.0\.date" is outside 2026-Q4/.test(e)),
    ).toBe(true);
    expect(
      errors.some((e) =>
        /^es\/updates\/2026-q4\.yaml:\d+: entry "sector-figures" links to "\/#que-es-depin": the guide has no section/.test(
          e,
        ),
      ),
    ).toBe(true);
  });

  it('names an entry missing from a translation', async () => {
    edit('es/updates/2026-q4.yaml', (s) => s.replace(/ {2}- id: glossary\n[\s\S]*$/, ''));
    expect(await report('error')).toEqual(['es/updates:0: lacks the es translation of update entries glossary']);
  });
});
