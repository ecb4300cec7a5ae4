import { LAYERS, tokenByCoingeckoId, TOKENS, type TokenSlug } from './registry';
import { rawMarketChartSchema, rawMarketCoinSchema, rawMarketsSchema } from './schemas';
import type { LayerSummary, MarketOverview, MarketSource, PricePoint, TokenQuote } from './types';

export class MalformedDataError extends Error {
  constructor(
    message: string,
    readonly detail?: unknown,
  ) {
    super(message);
    this.name = 'MalformedDataError';
  }
}

export interface DroppedEntry {
  index: number;
  id: string | null;
  issues: string[];
}

/**
 * Turns a `/coins/markets` body into quotes of tracked tokens. Entries that fail the schema or
 * are not tracked are dropped (and reported); a body that is not a list throws.
 */
export function reshapeMarkets(body: unknown): { quotes: Map<TokenSlug, TokenQuote>; dropped: DroppedEntry[] } {
  const list = rawMarketsSchema.safeParse(body);
  if (!list.success) throw new MalformedDataError('coins/markets: expected a list', list.error.issues);

  const quotes = new Map<TokenSlug, TokenQuote>();
  const dropped: DroppedEntry[] = [];
  list.data.forEach((entry, index) => {
    const parsed = rawMarketCoinSchema.safeParse(entry);
    const id = typeof entry === 'object' && entry && 'id' in entry ? String(entry.id) : null;
    if (!parsed.success) {
      dropped.push({ index, id, issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) });
      return;
    }
    const coin = parsed.data;
    const token = tokenByCoingeckoId(coin.id);
    if (!token) return;
    quotes.set(token.slug, {
      slug: token.slug,
      priceUsd: coin.current_price,
      change24h: coin.price_change_percentage_24h_in_currency ?? coin.price_change_percentage_24h ?? null,
      change7d: coin.price_change_percentage_7d_in_currency ?? null,
      change30d: coin.price_change_percentage_30d_in_currency ?? null,
      marketCapUsd: coin.market_cap || null,
      fdvUsd: coin.fully_diluted_valuation ?? null,
      volume24hUsd: coin.total_volume,
      circulatingSupply: coin.circulating_supply ?? null,
      totalSupply: coin.total_supply ?? null,
      maxSupply: coin.max_supply ?? null,
      rank: coin.market_cap_rank ?? null,
      lastUpdated: new Date(coin.last_updated).toISOString(),
      sparkline7d: coin.sparkline_in_7d?.price ?? [],
    });
  });
  if (quotes.size === 0) throw new MalformedDataError('coins/markets: no valid entry for any tracked token', dropped);
  return { quotes, dropped };
}

export function toOverview(quotes: Map<TokenSlug, TokenQuote>, source: MarketSource, asOf: string): MarketOverview {
  return {
    source,
    asOf,
    quotes: TOKENS.flatMap((t) => quotes.get(t.slug) ?? []),
    missing: TOKENS.filter((t) => !quotes.has(t.slug)).map((t) => t.slug),
  };
}

/** `/coins/{id}/market_chart` to points, oldest first, one per timestamp. */
export function reshapeMarketChart(body: unknown): PricePoint[] {
  const parsed = rawMarketChartSchema.safeParse(body);
  if (!parsed.success) throw new MalformedDataError('market_chart: unexpected shape', parsed.error.issues);
  const byTime = new Map<number, number>();
  for (const [t, price] of parsed.data.prices) if (price >= 0) byTime.set(t, price);
  return [...byTime].sort((a, b) => a[0] - b[0]).map(([t, price]) => ({ t, price }));
}

/** Sum and market-cap weighted 24h change of each layer, in registry order. */
export function summarizeLayers(overview: MarketOverview): LayerSummary[] {
  const total = overview.quotes.reduce((sum, q) => sum + (q.marketCapUsd ?? 0), 0);
  return LAYERS.map((layer) => {
    const quotes = overview.quotes.filter((q) => TOKENS.find((t) => t.slug === q.slug)?.layer === layer);
    const marketCapUsd = quotes.reduce((sum, q) => sum + (q.marketCapUsd ?? 0), 0);
    // Yesterday's cap of each token is cap / (1 + change): the layer's change is the change of the sums.
    let now = 0;
    let before = 0;
    for (const q of quotes) {
      if (q.marketCapUsd == null || q.change24h == null || q.change24h <= -100) continue;
      now += q.marketCapUsd;
      before += q.marketCapUsd / (1 + q.change24h / 100);
    }
    return {
      layer,
      marketCapUsd,
      change24h: before > 0 ? (now / before - 1) * 100 : null,
      share: total > 0 ? marketCapUsd / total : 0,
      quotes,
    };
  });
}
