import { describe, expect, it } from 'vitest';

import { formatPercent, formatPrice, formatUsdCompact } from '@/lib/format';

const clean = (s: string) => s.replace(/\u00a0|\u202f/g, ' ');

describe('locale formatting of market figures', () => {
  it('writes prices the way each locale does', () => {
    expect(formatPrice('en', 7.11)).toBe('$7.11');
    expect(clean(formatPrice('ru', 7.11))).toBe('7,11 $');
    expect(clean(formatPrice('es', 7.11))).toBe('7,11 US$');
    expect(formatPrice('en', 0.0123456)).toBe('$0.01235');
  });

  it('signs percentages and compacts large sums', () => {
    expect(formatPercent('en', 2.86396)).toBe('+2.86%');
    expect(clean(formatPercent('ru', -1.5))).toBe('-1,50 %');
    expect(formatUsdCompact('en', 2_762_152_316)).toBe('$2.76B');
    expect(clean(formatUsdCompact('ru', 2_762_152_316))).toBe('2,76 млрд $');
  });
});
