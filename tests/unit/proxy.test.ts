import { readFileSync } from 'node:fs';

import { expect, it } from 'vitest';

import { routing } from '@/lib/i18n/routing';

it("the proxy's static matcher skips exactly the routing's locales", () => {
  const source = readFileSync('proxy.ts', 'utf8');
  const spelled = /\(\?:([a-z|]+)\)\(\?:\/\|\$\)/.exec(source)?.[1];
  expect(spelled?.split('|').sort()).toEqual([...routing.locales].sort());
});
