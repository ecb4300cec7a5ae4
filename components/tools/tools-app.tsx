'use client';

import { useTranslations } from 'next-intl';
import { useMemo, useState, type FormEvent } from 'react';
import { formatAmount } from '@/lib/format';
import { simulateBme } from '@/lib/tokenomics/bme';
import {
  ALL_PARAMS,
  BME_PARAMS,
  bmeInput,
  CLOUD_PARAMS,
  parseParam,
  PROVIDER_PARAMS,
  providerInput,
  toQuery,
  type ParamSpec,
  type ToolState,
} from '@/lib/tokenomics/params';
import { providerEconomics } from '@/lib/tokenomics/provider';
import { BmeResults } from './bme-results';
import { CloudComparison } from './cloud-comparison';
import { ParamField } from './param-field';
import { PresetPicker, type PresetView } from './preset-picker';
import { ProviderResults } from './provider-results';

interface Props {
  locale: string;
  /** The raw values from the URL, as the server parsed them. */
  initial: Record<string, string>;
  presets: PresetView[];
}

export function ToolsApp({ locale, initial, presets }: Props) {
  const t = useTranslations('Tools');
  const [raw, setRaw] = useState(initial);
  const state: ToolState = useMemo(
    () => Object.fromEntries(ALL_PARAMS.map((s) => [s.name, parseParam(raw[s.name], s)])),
    [raw],
  );
  const bme = useMemo(() => simulateBme(bmeInput(state)), [state]);
  const provider = useMemo(() => providerEconomics(providerInput(state)), [state]);

  // The query string holds the state, so a result can be shared; replace, not push: editing
  // a field is not a navigation.
  const update = (changes: Record<string, string>) => {
    const next = { ...raw, ...changes };
    setRaw(next);
    const values = Object.fromEntries(ALL_PARAMS.map((s) => [s.name, parseParam(next[s.name], s).value]));
    const query = toQuery(values);
    window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
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
          <BmeResults locale={locale} result={bme} months={state.months!.value} />
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
          <ProviderResults locale={locale} result={provider} />
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
          <CloudComparison locale={locale} depin={state.depinGpu!.value} cloud={state.cloudGpu!.value} />
        </div>
      </section>
      <noscript>
        <button type="submit" className="button">
          {t('apply')}
        </button>
      </noscript>
    </form>
  );
}
