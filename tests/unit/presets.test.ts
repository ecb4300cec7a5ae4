import { describe, expect, it } from 'vitest';

import { PRESETS } from '@/lib/tokenomics/presets';

// The presets' documented inputs must match the figures their sources give today, so the simulator
// cannot quietly keep an expired schedule (Render's Year-1 emissions, Helium before HIP 149).
const preset = (id: string) => {
  const found = PRESETS.find((p) => p.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found;
};

describe('tool presets', () => {
  it('Render mints the current BME year: 5.9M RENDER a year (RNP-018, RNP-022), about 492k a month', () => {
    const render = preset('render');
    expect(render.values.mint).toBe(492_132);
    expect(render.values.mint).toBeCloseTo(5_900_000 / 12, -3);
    expect(render.values.mint).not.toBe(760_567);
    const urls = render.sources.map((s) => s.url);
    expect(urls).toContain('https://github.com/rendernetwork/RNPs/blob/main/RNP-018.md');
    expect(urls).toContain('https://github.com/rendernetwork/RNPs/blob/main/RNP-022.md');
  });

  it('Helium mints HIP 149 first-year issuance: about 216,500 HNT a day, 30-day months', () => {
    const helium = preset('helium');
    expect(helium.values.mint).toBe(216_500 * 30);
    // the supplement alone is about 9.5x the HIP 20 schedule it sits on
    expect((216_500 - 20_548) / 20_548).toBeCloseTo(9.5, 0);
    // HIP 149's flat window lasts 12 months; the preset does not run past it
    expect(helium.values.months).toBeLessThanOrEqual(12);
    expect(helium.sources.map((s) => s.url)).toContain(
      'https://github.com/helium/HIP/blob/main/0149-helium-utility-and-emissions-realignment.md',
    );
  });

  it('marks only undocumented inputs as assumptions, and every preset names a source', () => {
    for (const p of PRESETS) {
      expect(p.sources.length).toBeGreaterThan(0);
      for (const s of p.sources) expect(s.url).toMatch(/^https:\/\//);
      if (p.tool === 'bme') expect(p.assumptions).not.toContain('mint');
    }
  });
});
