import meta from './snapshot/meta.json';

/** How the recorded Akash answer is cited wherever it is shown. */
export const AKASH_SNAPSHOT_SOURCE = {
  title: `Akash Console API answer recorded ${meta.recordedAt.slice(0, 10)} (public fixture)`,
  url: meta.sourceUrl,
};
