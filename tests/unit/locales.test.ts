import { readFileSync } from 'node:fs';

import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';

import { routing } from '@/lib/i18n/routing';

type Tree = { [key: string]: string | Tree };
const load = (locale: string): Tree => JSON.parse(readFileSync(`locales/${locale}.json`, 'utf8'));
const flatten = (tree: Tree, prefix = ''): Array<[string, string]> =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value, `${prefix}${key}.`),
  );

describe('UI strings', () => {
  const english = new Map(flatten(load('en')));

  it.each(routing.locales)('%s has exactly the keys of en.json', (locale) => {
    const keys = flatten(load(locale)).map(([key]) => key);
    expect(keys.sort()).toEqual([...english.keys()].sort());
  });

  it.each(routing.locales)('every %s message is valid ICU', (locale) => {
    for (const [key, message] of flatten(load(locale))) {
      expect(() => new IntlMessageFormat(message, locale), `${locale}: ${key}`).not.toThrow();
    }
  });

  it.each(['ru', 'es'])('%s translates every sentence of en.json', (locale) => {
    const same = flatten(load(locale)).filter(
      ([key, value]) => value === english.get(key) && /\s[a-z]{3,}\s/.test(value),
    );
    expect(same.map(([key]) => key)).toEqual([]);
  });
});
