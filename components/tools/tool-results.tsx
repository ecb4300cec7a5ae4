import type { ReactNode } from 'react';

import { simulateBme } from '@/lib/tokenomics/bme';
import { bmeInput, providerInput, type ToolState } from '@/lib/tokenomics/params';
import { providerEconomics } from '@/lib/tokenomics/provider';

import { BmeResults } from './bme-results';
import { CloudComparison } from './cloud-comparison';
import { ProviderResults } from './provider-results';

export interface ToolResultsView {
  bme: ReactNode;
  provider: ReactNode;
  cloud: ReactNode;
}

// The three calculators' results for a state. The tools page renders them on the server for the
// parameters in the URL; ToolsApp renders them in the browser once the reader edits a value.
export function toolResults(locale: string, state: ToolState): ToolResultsView {
  return {
    bme: <BmeResults locale={locale} result={simulateBme(bmeInput(state))} months={state.months.value} />,
    provider: <ProviderResults locale={locale} result={providerEconomics(providerInput(state))} />,
    cloud: <CloudComparison locale={locale} depin={state.depinGpu.value} cloud={state.cloudGpu.value} />,
  };
}
