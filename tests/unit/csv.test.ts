import { describe, expect, it } from 'vitest';

import { columnsOf, toCsv } from '@/lib/data/csv';

describe('toCsv', () => {
  it('writes a header row and one row per record, nulls as empty cells', () => {
    const rows = [
      { slug: 'render', priceUsd: 1.5, marketCapUsd: null },
      { slug: 'akash', priceUsd: 0.000012, marketCapUsd: 123456789.5 },
    ];
    expect(toCsv(rows, columnsOf(['slug', 'priceUsd', 'marketCapUsd']))).toBe(
      'slug,priceUsd,marketCapUsd\nrender,1.5,\nakash,0.000012,123456789.5\n',
    );
  });

  it('quotes commas, quotes and line breaks', () => {
    const rows = [{ name: 'Fetch.ai, "ASI"\nAlliance' }];
    expect(toCsv(rows, columnsOf(['name']))).toBe('name\n"Fetch.ai, ""ASI""\nAlliance"\n');
  });

  it('never formats numbers for a locale', () => {
    const rows = [{ v: 1234567.891 }, { v: Number.NaN }];
    const csv = toCsv(rows, columnsOf(['v']));
    expect(csv).toBe('v\n1234567.891\n\n');
    expect(csv).not.toMatch(/1[ ,.\u00a0]234[ ,.\u00a0]567/);
  });
});
