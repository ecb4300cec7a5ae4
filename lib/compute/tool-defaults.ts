import { GPU_PRICE_ROWS } from '@/content/data/gpu-prices';

import answer from './snapshot/akash-gpu-prices.json';
import meta from './snapshot/meta.json';
import { AKASH_SNAPSHOT_SOURCE } from './snapshot-source';

// The tools' DePIN-vs-hyperscaler defaults, read from the compute market's data set: Akash's H100
// in the recorded Console answer, and AWS's H100 on-demand row of content/data/gpu-prices.ts.
// Plain lookups, no schema library: this module ships to the browser with the tools.

const akashH100 = answer.models.find((m) => m.model === 'h100' && m.ram === '80Gi')?.price;
const aws = GPU_PRICE_ROWS.find((r) => r.gpu === 'h100' && r.provider === 'AWS' && r.kind === 'on-demand');
if (!akashH100 || !aws)
  throw new Error('compute data set: the Akash or AWS H100 price the tools default to is missing');

export const H100_COMPARISON = {
  depin: {
    headline: akashH100.weightedAverage,
    low: akashH100.min,
    high: akashH100.max,
    date: meta.recordedAt.slice(0, 10),
    source: AKASH_SNAPSHOT_SOURCE,
  },
  cloud: {
    provider: aws.provider,
    perGpuHour: aws.price.per === 'instance' ? aws.price.usd / aws.price.gpus : aws.price.usd,
    variant: aws.variant,
    date: aws.date,
    source: aws.source,
    verified: aws.verified,
  },
} as const;
