import answer from './snapshot/akash-gpu-prices.json';
import meta from './snapshot/meta.json';
import { AKASH_SNAPSHOT_SOURCE } from './snapshot-source';

// The offline Akash answer: the last recorded /v1/gpu-prices answer we found in public code
// (meta.json says where and when). It goes through the same schema and outlier guard as live
// data, and readers see it labelled with its date. No network call ever refreshes it.

export const AKASH_SNAPSHOT = {
  body: answer as unknown,
  recordedAt: meta.recordedAt,
  source: AKASH_SNAPSHOT_SOURCE,
};
