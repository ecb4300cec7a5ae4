'use client';

import { useTranslations } from 'next-intl';

import type { ParamSpec, ParsedValue } from '@/lib/tokenomics/params';

interface Props {
  spec: ParamSpec;
  raw: string;
  parsed: ParsedValue;
  onChange: (name: string, raw: string) => void;
  format: (value: number) => string;
}

/** A slider and a number field for one parameter; the number field carries the URL name. */
export function ParamField({ spec, raw, parsed, onChange, format }: Props) {
  const t = useTranslations('Tools');
  const label = t(`field.${spec.name}` as 'field.demand');
  const id = `field-${spec.name}`;
  const message = parsed.adjusted ? t('adjusted', { reason: parsed.adjusted, value: format(parsed.value) }) : null;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="field-controls">
        <input
          type="range"
          min={spec.min}
          max={spec.sliderMax}
          step={spec.step}
          value={Math.min(parsed.value, spec.sliderMax)}
          aria-label={t('slider', { label })}
          onChange={(e) => onChange(spec.name, e.currentTarget.value)}
        />
        <input
          id={id}
          name={spec.name}
          type="number"
          inputMode="decimal"
          step="any"
          value={raw}
          aria-invalid={parsed.adjusted ? true : undefined}
          aria-describedby={message ? `${id}-message` : undefined}
          onChange={(e) => onChange(spec.name, e.currentTarget.value)}
        />
      </div>
      {message && (
        <p id={`${id}-message`} className="field-message" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
