'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';

import { useHydrated } from '../layout/use-hydrated';
import { SourceLinks } from './source-links';

export interface PresetView {
  id: string;
  name: string;
  values: Record<string, string>;
  /** Translated names of the inputs that are assumptions. */
  assumptions: string[];
  /** Where the market-derived inputs come from, or why they are missing. */
  priceNote: string;
  sources: Array<{ title: string; url: string }>;
}

export function PresetPicker({
  presets,
  onApply,
}: {
  presets: PresetView[];
  onApply: (values: Record<string, string>) => void;
}) {
  const t = useTranslations('Tools');
  const [applied, setApplied] = useState<PresetView | null>(null);
  // A preset is applied by script: until the page is hydrated its buttons say they cannot act yet.
  const enhanced = useHydrated();
  return (
    <section className="panel presets" aria-labelledby="presets-title">
      <h2 id="presets-title">{t('presets')}</h2>
      <div className="preset-buttons">
        {presets.map((preset) => (
          <button
            key={preset.id}
            type="button"
            className="preset"
            aria-pressed={applied?.id === preset.id}
            disabled={!enhanced}
            onClick={() => {
              onApply(preset.values);
              setApplied(preset);
            }}
          >
            {preset.name}
          </button>
        ))}
      </div>
      <div role="status" className="preset-status">
        {applied && (
          <>
            <p>
              {t('presetApplied', { name: applied.name, assumptions: applied.assumptions.join(', ') })}{' '}
              {applied.priceNote}
            </p>
            <p className="hint">{t('presetSources')}:</p>
            <SourceLinks sources={applied.sources} />
          </>
        )}
      </div>
    </section>
  );
}
