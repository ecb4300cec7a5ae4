import 'server-only';

import { cache } from 'react';

import { getMarketOverview } from '@/lib/market';
import { logMarketEvent } from '@/lib/market/log';
import { TOKENS, type TokenSlug } from '@/lib/market/registry';
import { MalformedDataError } from '@/lib/market/reshape';
import { UpstreamError } from '@/lib/upstream';
import en from '@/locales/en.json';

import { computeRow, type LiveRevenue } from './compute';
import { type FundamentalsConfig, readFundamentalsConfig } from './config';
import { getFeesSummary } from './defillama';
import { type DailyUsd, reshapeFeesSummary } from './reshape';
import { LIVE_REVENUE } from './sources';
import type { FundamentalsData } from './types';

export type { FigureKey, FundamentalsData, FundamentalsToken, NullReason } from './types';
export { FIGURE_KEYS } from './types';

interface LiveEntry extends LiveRevenue {
  /** Daily values of the revenue series, for the monthly chart. */
  daily: DailyUsd[];
}

// The last good answer per protocol in this process: a protocol whose request fails keeps its
// previous figures (with their own true time) while the others update.
const lastGood = new Map<TokenSlug, LiveEntry>();

async function fetchLive(config: FundamentalsConfig, slug: TokenSlug): Promise<LiveEntry> {
  const source = LIVE_REVENUE[slug];
  if (!source) throw new Error(`no live source for ${slug}`);
  try {
    const feesAnswer = await getFeesSummary(config, source.protocol, 'dailyFees');
    const fees = reshapeFeesSummary(feesAnswer.body);
    const revenue =
      source.revenueFrom === 'dailyFees'
        ? fees
        : reshapeFeesSummary((await getFeesSummary(config, source.protocol, 'dailyRevenue')).body);
    return {
      revenue30dUsd: revenue.total30d,
      fees30dUsd: fees.total30d,
      answeredAt: feesAnswer.answeredAt,
      daily: revenue.daily,
    };
  } catch (error) {
    if (error instanceof MalformedDataError) {
      logMarketEvent('fundamentals.upstream_failure', {
        kind: 'schema',
        protocol: source.protocol,
        message: error.message,
      });
      throw new UpstreamError('schema', error.message);
    }
    throw error;
  }
}

/**
 * DefiLlama's figures per token. A protocol whose request fails keeps its last good figures; one
 * that never answered (down since start, or unknown to the API) shows its reported figure,
 * labelled as such, which is what the page showed before: the other protocols still update.
 */
const getLiveRevenue = cache(async (): Promise<Map<TokenSlug, LiveEntry>> => {
  const config = readFundamentalsConfig();
  const live = new Map<TokenSlug, LiveEntry>();
  if (!config.live) return live;
  const slugs = TOKENS.map((t) => t.slug).filter((slug) => LIVE_REVENUE[slug]);
  const answers = await Promise.allSettled(slugs.map((slug) => fetchLive(config, slug)));
  answers.forEach((answer, i) => {
    const slug = slugs[i] as TokenSlug;
    if (answer.status === 'fulfilled') {
      lastGood.set(slug, answer.value);
      live.set(slug, answer.value);
      return;
    }
    const previous = lastGood.get(slug);
    if (previous) {
      logMarketEvent('fundamentals.kept_last_good', { slug, since: previous.answeredAt });
      live.set(slug, previous);
    } else {
      logMarketEvent('fundamentals.reported_fallback', { slug, reason: String(answer.reason) });
    }
  });
  return live;
});

/** Fundamentals of every tracked token, in registry order. */
export const getFundamentals = cache(async (): Promise<FundamentalsData> => {
  const [overview, live] = await Promise.all([getMarketOverview(), getLiveRevenue()]);
  const tokens = TOKENS.map((t) =>
    computeRow({
      slug: t.slug,
      quote: overview.quotes.find((q) => q.slug === t.slug) ?? null,
      live: live.get(t.slug) ?? null,
      liveDefinition: (en.Fundamentals.definition as Record<string, string>)[t.slug] ?? null,
      marketAsOf: overview.asOf,
    }),
  );
  return {
    asOf: overview.asOf,
    marketSource: overview.source,
    revenueSource: live.size > 0 ? 'defillama' : 'reported',
    tokens,
  };
});

/** Daily live revenue of one token (empty offline or without a live source): the monthly chart's input. */
export const getDailyRevenue = cache(
  async (slug: TokenSlug): Promise<DailyUsd[]> => (await getLiveRevenue()).get(slug)?.daily ?? [],
);
