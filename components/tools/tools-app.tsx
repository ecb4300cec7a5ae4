'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';

import { formatAmount } from '@/lib/format';
import {
  ALL_PARAMS,
  BME_PARAMS,
  CLOUD_PARAMS,
  parseParam,
  parseToolState,
  PROVIDER_PARAMS,
  type ToolParam,
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
  // no figure: the first Intl number format a page builds is costly in Chromium (ICU set-up).
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

  // What the reader typed before hydration (server.mjs loads the framework after the first paint):
  // React keeps the typed text in a field it hydrates but never saw the input event, so the
  // results would disagree with the fields. Read the fields once, when hydrated.
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const typed: Record<string, string> = {};
    for (const spec of ALL_PARAMS) {
      const field = form.current?.elements.namedItem(spec.name);
      // Against the server's own value attribute; an empty field is one the browser emptied (a
      // number field given text), not an edit worth a recomputation.
      if (field instanceof HTMLInputElement && field.value !== '' && field.value !== field.defaultValue)
        typed[spec.name] = field.value;
    }
    // The fields are the external system here: the reader's edits made before React was there.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (Object.keys(typed).length) update(typed);
    // Once, on hydration: later edits arrive through onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const fields = (specs: readonly ToolParam[]) =>
    specs.map((spec) => (
      <ParamField
        key={spec.name}
        spec={spec}
        raw={raw[spec.name] ?? String(spec.default)}
        parsed={state[spec.name]}
        onChange={(name, value) => update({ [name]: value })}
        format={(v) => formatAmount(locale, v, 6)}
      />
    ));

  return (
    <form ref={form} method="get" onSubmit={onSubmit} className="tools">
      <PresetPicker presets={presets} onApply={(values) => update(values)} />
      <ToolPanel tool="bme" fields={fields(BME_PARAMS)} results={results.bme} />
      <ToolPanel tool="provider" fields={fields(PROVIDER_PARAMS)} results={results.provider} />
      <ToolPanel tool="cloud" fields={fields(CLOUD_PARAMS)} results={results.cloud} />
      {/* Without JavaScript it sends the form (GET) and the server computes the results; with it the
          results are already live, and a form without a submit button fails WCAG 3.2.2 (HTMLCS H32.2). */}
      <button type="submit" className="button">
        {t('apply')}
      </button>
    </form>
  );
}

/** One calculator: its title and lead, its fields, and its results announced as they change. */
function ToolPanel({
  tool,
  fields,
  results,
}: {
  tool: 'bme' | 'provider' | 'cloud';
  fields: ReactNode;
  results: ReactNode;
}) {
  const t = useTranslations('Tools');
  return (
    <section className="panel tool" aria-labelledby={`${tool}-title`}>
      <h2 id={`${tool}-title`}>{t(`${tool}Title`)}</h2>
      <p className="muted">{t(`${tool}Lead`)}</p>
      <div className="tool-grid">
        <fieldset>
          <legend className="visually-hidden">{t(`${tool}Title`)}</legend>
          {fields}
        </fieldset>
        <section className="results" aria-labelledby={`${tool}-results-title`} aria-live="polite">
          {results}
        </section>
      </div>
    </section>
  );
}
