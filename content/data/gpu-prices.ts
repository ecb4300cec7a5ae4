import type { ReferenceRow } from '@/lib/compute/reference';

// Dated GPU-hour prices of clouds and of DePIN networks that publish no price API. Editors update
// this file each quarter (content/README.md, "GPU prices"); `npm run content:check` fails on a row
// without a date or a source and warns when a row is more than two quarters old.
//
// Rules: copy the price as the source states it. A multi-GPU instance stays an instance
// (`per: 'instance'`, with its GPU count) and the site divides; never pre-divide by hand. A
// figure only a secondary source gives, unchecked at the provider, is `verified: false` and the
// page says so. Never estimate a missing price: leave the row out.
//
// Sources:
// - dstack PR #4110 (2026-08-06): `dstack offer` output for AWS p5en.48xlarge (8x H200); dstack
//   reads its offers from the open-source gpuhunt catalogue (dstackai/gpuhunt), which collects
//   AWS's public price list.
// - kaelresearch.com (February 2026): CoreWeave's public on-demand list, 8-GPU instances.
// - costnimbus.com (March 2026): per-GPU-hour on-demand and spot H100 prices of seven clouds.
// - spheron.network (2026-05-22): RunPod Secure Cloud H100 SXM5.
// - RNP-021 (Render Foundation, created 2025-11-03): its worked example of an H200 priced at
//   $2.00 an hour; RNP-021 sets no price list, so this is the proposal's own illustration.

const DSTACK_4110 = {
  title: 'dstack PR #4110: AWS p5en.48xlarge offers (gpuhunt catalogue), 2026-08-06',
  url: 'https://github.com/dstackai/dstack/pull/4110',
};
const KAEL = {
  title: 'Kael Research: GPU Economics, What Inference Actually Costs in 2026 (CoreWeave list prices, February 2026)',
  url: 'https://kaelresearch.com/blog/gpu-economics-real-inference-costs',
};
const NIMBUS = {
  title: 'CostNimbus: GPU cost management for ML teams (prices of March 2026)',
  url: 'https://costnimbus.com/article/gpu-cost-management-ml-teams',
};
const SPHERON = {
  title: 'Spheron: RunPod H100 pricing 2026 (2026-05-22)',
  url: 'https://www.spheron.network/blog/runpod-h100-pricing-2026/',
};
const RNP021 = {
  title: 'RNP-021: Expansion of RNP-019 to Include Enterprise-Grade Compute (proposal of 2025-11-03)',
  url: 'https://github.com/rendernetwork/RNPs/blob/main/RNP-021.md',
};

export const GPU_PRICE_ROWS: ReferenceRow[] = [
  // H200
  {
    gpu: 'h200',
    provider: 'AWS',
    network: 'cloud',
    kind: 'on-demand',
    price: { per: 'instance', usd: 63.296, gpus: 8 },
    variant: 'p5en.48xlarge',
    region: 'us-east-1',
    date: '2026-08-06',
    source: DSTACK_4110,
    verified: true,
  },
  {
    gpu: 'h200',
    provider: 'AWS',
    network: 'cloud',
    kind: 'spot',
    price: { per: 'instance', usd: 27.1988, gpus: 8 },
    variant: 'p5en.48xlarge',
    region: 'us-east-1',
    date: '2026-08-06',
    source: DSTACK_4110,
    verified: true,
  },
  {
    gpu: 'h200',
    provider: 'CoreWeave',
    network: 'cloud',
    kind: 'on-demand',
    price: { per: 'instance', usd: 50.44, gpus: 8 },
    variant: 'HGX H200',
    region: null,
    date: '2026-02',
    source: KAEL,
    verified: false,
  },
  {
    gpu: 'h200',
    provider: 'Render Network',
    network: 'depin',
    kind: 'bid',
    price: { per: 'gpu', usd: 2.0 },
    // RNP-021's worked example: a node asking $1.90 an hour plus the 5% operator fee.
    variant: 'RNP-021',
    region: null,
    date: '2025-11-03',
    source: RNP021,
    verified: true,
  },
  // H100
  {
    gpu: 'h100',
    provider: 'AWS',
    network: 'cloud',
    kind: 'on-demand',
    price: { per: 'gpu', usd: 3.9 },
    // After AWS's June 2025 price cut (the row's date says when it was read).
    variant: 'EC2 P5',
    region: null,
    date: '2026-03',
    source: NIMBUS,
    verified: false,
  },
  {
    gpu: 'h100',
    provider: 'AWS',
    network: 'cloud',
    kind: 'spot',
    price: { per: 'gpu', usd: 2.0, usdMax: 2.5 },
    variant: 'EC2 P5',
    region: null,
    date: '2026-03',
    source: NIMBUS,
    verified: false,
  },
  {
    gpu: 'h100',
    provider: 'Google Cloud',
    network: 'cloud',
    kind: 'on-demand',
    price: { per: 'gpu', usd: 3.0 },
    variant: 'A3-High',
    region: null,
    date: '2026-03',
    source: NIMBUS,
    verified: false,
  },
  {
    gpu: 'h100',
    provider: 'Google Cloud',
    network: 'cloud',
    kind: 'spot',
    price: { per: 'gpu', usd: 2.25 },
    variant: 'A3-High',
    region: null,
    date: '2026-03',
    source: NIMBUS,
    verified: false,
  },
  {
    gpu: 'h100',
    provider: 'Microsoft Azure',
    network: 'cloud',
    kind: 'on-demand',
    price: { per: 'gpu', usd: 6.98 },
    variant: 'NC H100 v5',
    region: 'East US',
    date: '2026-03',
    source: NIMBUS,
    verified: false,
  },
  {
    gpu: 'h100',
    provider: 'Lambda',
    network: 'cloud',
    kind: 'on-demand',
    price: { per: 'gpu', usd: 2.99 },
    variant: null,
    region: null,
    date: '2026-03',
    source: NIMBUS,
    verified: false,
  },
  {
    gpu: 'h100',
    provider: 'CoreWeave',
    network: 'cloud',
    kind: 'on-demand',
    price: { per: 'instance', usd: 49.24, gpus: 8 },
    variant: 'HGX H100',
    region: null,
    date: '2026-02',
    source: KAEL,
    verified: false,
  },
  {
    gpu: 'h100',
    provider: 'RunPod',
    network: 'cloud',
    kind: 'on-demand',
    price: { per: 'gpu', usd: 1.99 },
    variant: 'Community Cloud',
    region: null,
    date: '2026-03',
    source: NIMBUS,
    verified: false,
  },
  {
    gpu: 'h100',
    provider: 'RunPod',
    network: 'cloud',
    kind: 'on-demand',
    price: { per: 'gpu', usd: 2.69 },
    variant: 'Secure Cloud, SXM5',
    region: null,
    date: '2026-05-22',
    source: SPHERON,
    verified: false,
  },
  {
    gpu: 'h100',
    provider: 'Vast.ai',
    network: 'cloud',
    kind: 'on-demand',
    price: { per: 'gpu', usd: 1.49, usdMax: 1.87 },
    variant: 'marketplace listings',
    region: null,
    date: '2026-03',
    source: NIMBUS,
    verified: false,
  },
  // A100 80 GB
  {
    gpu: 'a100-80gb',
    provider: 'CoreWeave',
    network: 'cloud',
    kind: 'on-demand',
    price: { per: 'instance', usd: 21.6, gpus: 8 },
    variant: 'A100 80 GB',
    region: null,
    date: '2026-02',
    source: KAEL,
    verified: false,
  },
  // L40S
  {
    gpu: 'l40s',
    provider: 'CoreWeave',
    network: 'cloud',
    kind: 'on-demand',
    price: { per: 'instance', usd: 18.0, gpus: 8 },
    variant: 'L40S',
    region: null,
    date: '2026-02',
    source: KAEL,
    verified: false,
  },
  // RTX PRO 6000
  {
    gpu: 'rtx-pro-6000',
    provider: 'CoreWeave',
    network: 'cloud',
    kind: 'on-demand',
    price: { per: 'instance', usd: 20.0, gpus: 8 },
    variant: 'RTX PRO 6000',
    region: null,
    date: '2026-02',
    source: KAEL,
    verified: false,
  },
];
