import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

// Every UI string is used, and every key the code asks for exists. Keys are found in the source as
// string literals in the files that name their namespace; a key built at runtime (`t(`range.${d}`)`)
// counts through its literal prefix. The type augmentation of next-intl (global.d.ts) already rejects
// a misspelled literal key; the second test also covers keys that reach `t` through a variable.

type Tree = { [key: string]: string | Tree };
const messages: Tree = JSON.parse(readFileSync('locales/en.json', 'utf8'));
const leaves = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leaves(value, `${prefix}${key}.`),
  );

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.(ts|tsx)$/.test(entry.name) ? [file] : [];
  });
}
const sources = ['app', 'components', 'lib'].flatMap(sourceFiles).map((file) => ({
  file,
  text: readFileSync(file, 'utf8'),
}));

const literals = (text: string) => new Set([...text.matchAll(/(['"`])([A-Za-z0-9_.-]+)\1/g)].map((m) => m[2]!));
// `t(`range.${d}`)` uses every key under `range.`; `tm(`${model}.name`)` every key ending in `.name`.
const templatePrefixes = (text: string) => [...text.matchAll(/`([A-Za-z0-9_.-]+)\$\{/g)].map((m) => m[1]!);
const templateSuffixes = (text: string) => [...text.matchAll(/\}([A-Za-z0-9_.-]+)`/g)].map((m) => m[1]!);

/** `a, { b, c }, f(x, y)` → ['a', '{ b, c }', 'f(x, y)']. */
function splitTopLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of list) {
    if ('([{'.includes(char)) depth++;
    if (')]}'.includes(char)) depth--;
    if (char === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

describe('message keys', () => {
  it('every key of locales/en.json is used by the code that names its namespace', () => {
    const unused: string[] = [];
    for (const [namespace, tree] of Object.entries(messages)) {
      if (typeof tree === 'string') continue;
      const files = sources.filter(({ text }) => new RegExp(`['"]${namespace}['"]`).test(text));
      const used = new Set(files.flatMap(({ text }) => [...literals(text)]));
      const prefixes = files.flatMap(({ text }) => templatePrefixes(text));
      const suffixes = files.flatMap(({ text }) => templateSuffixes(text));
      for (const key of leaves(tree)) {
        const parts = key.split('.');
        // `t('figures.price')`, or `t.raw('figures')`/a nested key reached through its parent.
        const byLiteral = parts.some((_, i) => used.has(parts.slice(0, i + 1).join('.')) && i === parts.length - 1);
        const byParent = parts.length > 1 && used.has(parts.slice(0, -1).join('.')) && used.has(parts.at(-1)!);
        const byTemplate =
          prefixes.some((prefix) => key.startsWith(prefix)) || suffixes.some((suffix) => key.endsWith(suffix));
        if (!byLiteral && !byParent && !byTemplate) unused.push(`${namespace}.${key}`);
      }
    }
    expect(unused).toEqual([]);
  });

  it('every literal key the code passes to a translator exists', () => {
    const missing: string[] = [];
    for (const { file, text } of sources) {
      // `const t = await getTranslations('Nav')`, `useTranslations('Tools')`, `{ namespace: 'Token' }`,
      // and `const [t, tl] = await Promise.all([getTranslations(...), ...])` in order.
      // Each call is read against the nearest binding of its name above it (functions reuse `t`).
      const bindings: Array<{ name: string; namespace: string; at: number }> = [];
      const call = /(?:get|use)Translations\((?:'(\w+)'|\{[^}]*namespace: '(\w+)'[^}]*\})\)/;
      for (const m of text.matchAll(new RegExp(`const (\\w+) = (?:await )?${call.source}`, 'g'))) {
        bindings.push({ name: m[1]!, namespace: (m[2] ?? m[3])!, at: m.index });
      }
      for (const m of text.matchAll(/const \[([^\]]+)\] = await Promise\.all\(\[([\s\S]*?)\]\);/g)) {
        const names = splitTopLevel(m[1]!);
        splitTopLevel(m[2]!).forEach((element, i) => {
          const c = new RegExp(`^${call.source}$`).exec(element);
          const name = names[i];
          if (c && name && /^\w+$/.test(name)) bindings.push({ name, namespace: (c[1] ?? c[2])!, at: m.index });
        });
      }
      for (const name of new Set(bindings.map((b) => b.name))) {
        for (const use of text.matchAll(
          new RegExp(`\\b${name}(?:\\.rich|\\.raw|\\.markup|\\.has)?\\('([A-Za-z0-9_.-]+)'`, 'g'),
        )) {
          const binding = bindings.filter((b) => b.name === name && b.at < use.index).at(-1);
          if (!binding) continue;
          const key = use[1]!;
          const keys = leaves((messages[binding.namespace] as Tree) ?? {});
          if (!keys.includes(key) && !keys.some((k) => k.startsWith(`${key}.`))) {
            missing.push(`${file}: ${binding.namespace}.${key}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
