// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { createTranslator, NextIntlClientProvider } from 'next-intl';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { BmeResults } from '@/components/tools/bme-results';
import { simulateBme, type SupplyDirection } from '@/lib/tokenomics/bme';
import en from '@/locales/en.json';
import es from '@/locales/es.json';
import ru from '@/locales/ru.json';

// The charts load lazily from recharts; the hint is what these tests read.
vi.mock('@/components/tools/lazy-bme-charts', () => ({ LazyBmeChart: () => null }));

afterEach(cleanup);

// The words a reader takes the direction from, per locale. Each hint must say its own direction and
// never the opposite one, so a reversed or copied message fails here.
const WORDS = {
  en: { messages: en, grow: ['above', 'supply grows'], shrink: ['below', 'supply shrinks'] },
  ru: { messages: ru, grow: ['выше', 'предложение растёт'], shrink: ['ниже', 'предложение сокращается'] },
  es: { messages: es, grow: ['por encima', 'la oferta crece'], shrink: ['por debajo', 'la oferta se reduce'] },
} as const;

// Equilibrium price: 100,000 USD / 50,000 tokens = 2 USD.
const base = { demand: 100_000, mint: 50_000, supply: 1_000_000, growth: 0, months: 12 };
const above = simulateBme({ ...base, price: 3 });
const below = simulateBme({ ...base, price: 1 });
const at = simulateBme({ ...base, price: 2 });

describe('burn-and-mint direction', () => {
  it('grows supply above the equilibrium price and shrinks it below, as the maths says', () => {
    expect(above.equilibriumPrice).toBe(2);
    expect(above.direction).toBe('grow');
    expect(above.supplyAfter).toBeGreaterThan(base.supply);
    expect(below.direction).toBe('shrink');
    expect(below.supplyAfter).toBeLessThan(base.supply);
    expect(at.direction).toBe('steady');
    expect(at.supplyAfter).toBeCloseTo(base.supply, 6);
  });

  it('agrees with the sign of net emission across prices around equilibrium', () => {
    for (const price of [0.5, 1.99, 2.01, 10]) {
      const r = simulateBme({ ...base, price });
      expect(r.direction).toBe(r.netEmission > 0 ? 'grow' : 'shrink');
    }
  });

  it('shrinks supply when nothing is minted but demand burns', () => {
    expect(simulateBme({ ...base, mint: 0, price: 1 }).direction).toBe('shrink');
  });
});

describe.each((['en', 'ru', 'es'] as const).map((l) => [l, WORDS[l]] as const))(
  'equilibrium hint in %s',
  (locale, words) => {
    const t = createTranslator({ locale, messages: words.messages, namespace: 'Tools' });
    const opposite = (d: 'grow' | 'shrink') => (d === 'grow' ? 'shrink' : 'grow');

    it.each(['grow', 'shrink'] as const)('states the computed direction "%s" and not its opposite', (direction) => {
      for (const key of ['equilibriumHint', 'netHint'] as const) {
        const text = t(key, { direction }).toLowerCase();
        if (key === 'equilibriumHint') for (const w of words[direction]) expect(text).toContain(w);
        else expect(text).toContain(words[direction][1]);
        for (const w of words[opposite(direction)]) expect(text).not.toContain(w);
      }
    });

    it('names neither direction when the price is the equilibrium price', () => {
      const text = t('equilibriumHint', { direction: 'steady' satisfies SupplyDirection }).toLowerCase();
      for (const w of [...words.grow, ...words.shrink]) expect(text).not.toContain(w);
    });

    it('shows on the tools page the hint that matches the computed result', () => {
      for (const [result, direction] of [
        [above, 'grow'],
        [below, 'shrink'],
      ] as const) {
        render(
          <NextIntlClientProvider locale={locale} messages={{ Tools: words.messages.Tools }}>
            <BmeResults locale={locale} result={result} months={base.months} />
          </NextIntlClientProvider>,
        );
        const hint = screen.getByTestId('bme-equilibrium-hint').textContent!.toLowerCase();
        expect(hint).toContain(words[direction][1]);
        expect(hint).not.toContain(words[opposite(direction)][1]);
        cleanup();
      }
    });
  },
);
