import { describe, expect, it } from 'vitest';

import { ALL_PARAMS, BME_PARAMS, parseParam, parseToolState, toQuery } from '@/lib/tokenomics/params';

const spec = (name: string) => ALL_PARAMS.find((s) => s.name === name)!;

describe('tool parameters from the URL or a field', () => {
  it('keeps valid numbers and rounds integer parameters', () => {
    expect(parseParam('100000', spec('demand'))).toEqual({ value: 100_000, adjusted: null });
    expect(parseParam('1,5', spec('price'))).toEqual({ value: 1.5, adjusted: null });
    expect(parseParam('12.6', spec('months'))).toEqual({ value: 13, adjusted: null });
  });

  it('uses the default for empty input and flags junk', () => {
    expect(parseParam('', spec('months'))).toEqual({ value: 24, adjusted: null });
    expect(parseParam(undefined, spec('growth'))).toEqual({ value: 0, adjusted: null });
    for (const junk of ['abc', 'NaN', 'Infinity', '-Infinity', '1e400', '0x', '<script>']) {
      const parsed = parseParam(junk, spec('demand'));
      expect(Number.isFinite(parsed.value)).toBe(true);
      expect(parsed.adjusted === 'invalid' || parsed.adjusted === 'max').toBe(true);
    }
  });

  it('clamps negative, zero divisors and huge values', () => {
    expect(parseParam('-5', spec('demand'))).toEqual({ value: 0, adjusted: 'min' });
    expect(parseParam('0', spec('price'))).toEqual({ value: 0.0001, adjusted: 'min' });
    expect(parseParam('0', spec('amort'))).toEqual({ value: 1, adjusted: 'min' });
    expect(parseParam('1e300', spec('supply'))).toEqual({ value: 1e13, adjusted: 'max' });
  });

  it('reads a whole state and writes back only what differs from the defaults', () => {
    const query: Record<string, string> = { demand: '200000', util: 'x' };
    const state = parseToolState((name) => query[name]);
    expect(state.demand).toEqual({ value: 200_000, adjusted: null });
    expect(state.util.adjusted).toBe('invalid');
    const values = Object.fromEntries(BME_PARAMS.map((s) => [s.name, s.default]));
    expect(toQuery({ ...values, demand: 200_000 })).toBe('demand=200000');
  });
});
