import { describe, expect, it } from 'vitest';

import { DEFAULT_SORT, formatSort, parseSort, sortByValue } from '@/lib/market/sort';

describe('market table sort', () => {
  it('round-trips a sort through its URL form and rejects anything else', () => {
    expect(parseSort('price-asc')).toEqual({ key: 'price', dir: 'asc' });
    expect(parseSort(formatSort(DEFAULT_SORT))).toEqual(DEFAULT_SORT);
    for (const bad of ['price', 'price-up', 'slug-asc', '', undefined, 'constructor-asc', 'marketCap-desc-x']) {
      expect(parseSort(bad)).toBeNull();
    }
  });

  it('sorts both ways, with unknown values last and ties in their original order', () => {
    const rows = [
      { id: 'a', v: 2 },
      { id: 'b', v: null },
      { id: 'c', v: 10 },
      { id: 'd', v: 2 },
      { id: 'e', v: -1 },
    ];
    const ids = (dir: 'asc' | 'desc') => sortByValue(rows, (r) => r.v, dir).map((r) => r.id);
    expect(ids('desc')).toEqual(['c', 'a', 'd', 'e', 'b']);
    expect(ids('asc')).toEqual(['e', 'a', 'd', 'c', 'b']);
  });
});
