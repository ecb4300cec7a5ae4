import { describe, expect, it } from 'vitest';

import { packSeries, unpackSeries } from '@/lib/charts/series';
import { escapeHtml } from '@/lib/format/html';

describe('packSeries', () => {
  it('round-trips a series exactly, prices with every digit', () => {
    const points = [
      { t: 1759363200000, price: 1.9134567891 },
      { t: 1759449600000, price: 0.000012345 },
      { t: 1759536000000, price: 112345.5 },
    ];
    expect(packSeries(points)).toBe('1759363200000,1.9134567891;1759449600000,0.000012345;1759536000000,112345.5');
    expect(unpackSeries(packSeries(points))).toEqual(points);
  });

  it('packs an empty series as an empty string', () => {
    expect(unpackSeries(packSeries([]))).toEqual([]);
  });
});

describe('escapeHtml', () => {
  it('leaves no markup or attribute breakout in text', () => {
    expect(escapeHtml(`<img src=x onerror="a">&'`)).toBe('&#60;img src=x onerror=&#34;a&#34;&#62;&#38;&#39;');
    expect(escapeHtml('1 234,50 $')).toBe('1 234,50 $');
  });
});
