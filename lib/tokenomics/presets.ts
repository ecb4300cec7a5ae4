import type { TokenSlug } from '@/lib/market/registry';

// Presets fill the tools' inputs. Documented figures name their source; a value no source gives
// (future demand, utilisation) is marked as an assumption; price and supply come from market data
// at render time, with its "as of" time.

export interface PresetSource {
  title: string;
  url: string;
}

export interface Preset {
  id: 'render' | 'helium' | 'akash';
  tool: 'bme' | 'provider';
  /** Token whose current price and circulating supply fill `price`/`tokenPrice` and `supply`. */
  token: TokenSlug;
  values: Record<string, number>;
  /** Inputs that are assumptions for illustration, not documented figures. */
  assumptions: string[];
  sources: PresetSource[];
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'render',
    tool: 'bme',
    token: 'render',
    // BME Year 3 (calendar 2026) emits 5.9M RENDER, as Year 2 did: RNP-023 puts the current monthly
    // emissions at 492,132 RENDER (grants 123,033 + node rewards 123,033 + operations 246,066).
    // RNP-023 brings extra emissions forward for Salad's rewards, adjusted monthly: not included here.
    values: { mint: 492_132, demand: 1_000_000, growth: 2, months: 12 },
    assumptions: ['demand', 'growth'],
    sources: [
      {
        title: 'RNP-001: Burn-and-Mint Equilibrium',
        url: 'https://github.com/rendernetwork/RNPs/blob/main/RNP-001.md',
      },
      {
        title: 'RNP-018: Year 2 of BME Emissions Allocations (5.9M RENDER)',
        url: 'https://github.com/rendernetwork/RNPs/blob/main/RNP-018.md',
      },
      {
        title: 'RNP-022: Year 3 of BME Emissions Allocations (5.9M RENDER)',
        url: 'https://github.com/rendernetwork/RNPs/blob/main/RNP-022.md',
      },
      {
        title: 'RNP-023: Salad Network migrates to RENDER (monthly emissions table)',
        url: 'https://github.com/rendernetwork/RNPs/blob/main/RNP-023.md',
      },
    ],
  },
  {
    id: 'helium',
    tool: 'bme',
    token: 'helium',
    // HIP 149 (approved 2026-07-02): in its flat first year the operations supplement mints about
    // 196,000 HNT a day on top of the HIP 20 schedule's 20,548, "about 216,500 HNT/day" in all;
    // 216,500 x 30 days = 6,495,000 a month. After 12 months the supplement tapers to zero over 24.
    values: { mint: 6_495_000, demand: 500_000, growth: 0, months: 12 },
    assumptions: ['demand', 'growth'],
    sources: [
      {
        title: 'HIP 149: Helium Utility and Emissions Realignment (Decision 2: scale)',
        url: 'https://github.com/helium/HIP/blob/main/0149-helium-utility-and-emissions-realignment.md',
      },
      {
        title: 'helium/HIP pull request 1232: HIP 149 approved (93.73% in favour, vote closed 2026-07-02)',
        url: 'https://github.com/helium/HIP/pull/1232',
      },
      { title: 'HIP 20: HNT Max Supply', url: 'https://github.com/helium/HIP/blob/main/0020-hnt-max-supply.md' },
    ],
  },
  {
    id: 'akash',
    tool: 'provider',
    token: 'akash',
    // AEP-76 (23 March 2026) removed take rates; H100 bids of $2.04-3.16 per GPU-hour on
    // 2026-09-28 (Akash Console GPU prices); H100 TDP 700 W; street price $25-30k (estimate).
    values: {
      gpuPrice: 2.6,
      util: 60,
      take: 0,
      rewards: 0,
      powerW: 700,
      pue: 1.3,
      kwh: 0.1,
      hardware: 27_500,
      amort: 36,
      hosting: 50,
    },
    assumptions: ['util', 'pue', 'hosting', 'hardware'],
    sources: [
      { title: 'AEP-76: Burn Mint Equilibrium on Akash', url: 'https://akash.network/roadmap/aep-76' },
      { title: 'Akash Console API: GPU prices', url: 'https://console-api.akash.network/v1/gpu-prices' },
      { title: 'NVIDIA H100 Tensor Core GPU', url: 'https://www.nvidia.com/en-us/data-center/h100/' },
    ],
  },
];

/** Inputs and sources of the cloud comparison's defaults: the compute market's data set (lib/compute). */
export { H100_COMPARISON as CLOUD_COMPARISON } from '@/lib/compute/tool-defaults';
