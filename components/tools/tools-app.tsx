'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, useMemo, useState } from 'react';

import { formatAmount } from '@/lib/format';
import {
  ALL_PARAMS,
  BME_PARAMS,
  CLOUD_PARAMS,
  type ParamSpec,
  parseParam,
  parseToolState,
  PROVIDER_PARAMS,
  toQuery,
} from '@/lib/tokenomics/params';

import { ParamField } from './param-field';
import { PresetPicker, type PresetView } from './preset-picker';
import { toolResults, type ToolResultsView } from './tool-results';

interface Props {
  locale: string;
  /** The raw values from the URL, as the server parsed them. */
  initial: Record<string, string>;
  presets: PresetView[];
  /** The results for `initial`, rendered on the server. */
  initialResults: ToolResultsView;
}

export function ToolsApp({ locale, initial, presets, initialResults }: Props) {
  const t = useTranslations('Tools');
  const [raw, setRaw] = useState(initial);
  // Every edit stores a new object, so the values differ from the URL's once the reader edits.
  const edited = raw !== initial;
  const state = useMemo(() => parseToolState((name) => raw[name]), [raw]);
  // Until the first edit the results are the server's, so hydration runs no simulation and formats
  // no figure: the first Intl number format a page builds costs 15-35 ms in Chromium (ICU set-up).
  // The live regions stay in place, so the first recomputed result is announced like any other.
  const results = useMemo(
    () => (edited ? toolResults(locale, state) : initialResults),
    [edited, locale, state, initialResults],
  );

  // The query string holds the state, so a result can be shared; replace, not push: editing
  // a field is not a navigation.
  const update = (changes: Record<string, string>) => {
    const next = { ...raw, ...changes };
    setRaw(next);
    const values = Object.fromEntries(ALL_PARAMS.map((s) => [s.name, parseParam(next[s.name], s).value]));
    const query = toQuery(values);
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`,
    );
  };
  const onSubmit = (event: FormEvent) => event.preventDefault();
  const fields = (specs: readonly ParamSpec[]) =>
    specs.map((spec) => (
      <ParamField
        key={spec.name}
        spec={spec}
        raw={raw[spec.name] ?? String(spec.default)}
        parsed={state[spec.name]!}
        onChange={(name, value) => update({ [name]: value })}
        format={(v) => formatAmount(locale, v, 6)}
      />
    ));

  return (
    <form method="get" onSubmit={onSubmit} className="tools">
      <PresetPicker presets={presets} onApply={(values) => update(values)} />
      <section className="panel tool" aria-labelledby="bme-title">
        <h2 id="bme-title">{t('bmeTitle')}</h2>
        <p className="muted">{t('bmeLead')}</p>
        <div className="tool-grid">
          <fieldset>
            <legend className="visually-hidden">{t('bmeTitle')}</legend>
            {fields(BME_PARAMS)}
          </fieldset>
          <section className="results" aria-labelledby="bme-results-title" aria-live="polite">
            {results.bme}
          </section>
        </div>
      </section>
      <section className="panel tool" aria-labelledby="provider-title">
        <h2 id="provider-title">{t('providerTitle')}</h2>
        <p className="muted">{t('providerLead')}</p>
        <div className="tool-grid">
          <fieldset>
            <legend className="visually-hidden">{t('providerTitle')}</legend>
            {fields(PROVIDER_PARAMS)}
          </fieldset>
          <section className="results" aria-labelledby="provider-results-title" aria-live="polite">
            {results.provider}
          </section>
        </div>
      </section>
      <section className="panel tool" aria-labelledby="cloud-title">
        <h2 id="cloud-title">{t('cloudTitle')}</h2>
        <p className="muted">{t('cloudLead')}</p>
        <div className="tool-grid">
          <fieldset>
            <legend className="visually-hidden">{t('cloudTitle')}</legend>
            {fields(CLOUD_PARAMS)}
          </fieldset>
          <section className="results" aria-labelledby="cloud-results-title" aria-live="polite">
            {results.cloud}
          </section>
        </div>
      </section>
      {/* Without JavaScript it sends the form (GET) and the server computes the results; with it the
          results are already live, and a form without a submit button fails WCAG 3.2.2 (HTMLCS H32.2). */}
      <button type="submit" className="button">
        {t('apply')}
      </button>
    </form>
  );
}
