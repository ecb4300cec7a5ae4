import { LAYERS, tokenByCoingeckoId, TOKENS, type TokenSlug } from './registry';
import { rawMarketChartSchema, rawMarketCoinSchema, rawMarketsSchema } from './schemas';
import type {
  DailySeries,
  DataSource,
  LayerSummary,
  MarketOverview,
  MarketSource,
  PricePoint,
  TokenQuote,
} from './types';

/** A CoinGecko figure: the aggregate price across venues, linked to the coin's page. */
export function coingeckoSource(id: string): DataSource {
  return {
    name: 'CoinGecko',
    kind: 'aggregate',
    url: `https://www.coingecko.com/en/coins/${encodeURIComponent(id)}`,
    market: null,
  };
}

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
export function reshapeMarkets(body: unknown): {
  quotes: Map<TokenSlug, TokenQuote>;
  dropped: DroppedEntry[];
  /** The CoinGecko id each quote came from (a token may answer under more than one id). */
  ids: Map<TokenSlug, string>;
} {
  const list = rawMarketsSchema.safeParse(body);
  if (!list.success) throw new MalformedDataError('coins/markets: expected a list', list.error.issues);

  const quotes = new Map<TokenSlug, TokenQuote>();
  const ids = new Map<TokenSlug, string>();
  const named = new Set<TokenSlug>();
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
    // Two ids for one token: the entry named like the token wins, else the token's own id.
    const isNamed = coin.name.trim().toLowerCase() === token.name.toLowerCase();
    if (quotes.has(token.slug) && (named.has(token.slug) || (!isNamed && coin.id !== token.coingeckoId))) return;
    if (isNamed) named.add(token.slug);
    ids.set(token.slug, coin.id);
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
      asOf: new Date(coin.last_updated).toISOString(),
      source: coingeckoSource(coin.id),
      sparkline7d: coin.sparkline_in_7d?.price ?? [],
      derived: {},
    });
  });
  if (quotes.size === 0) throw new MalformedDataError('coins/markets: no valid entry for any tracked token', dropped);
  return { quotes, dropped, ids };
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

/**
 * `/coins/{id}/market_chart` as a daily series with market caps and volumes: one point per UTC day
 * (its first, the 00:00 point CoinGecko gives daily), the answer's last point as `asOf`.
 */
export function reshapeMarketChartDaily(body: unknown, source: DataSource): DailySeries | null {
  const parsed = rawMarketChartSchema.safeParse(body);
  if (!parsed.success) throw new MalformedDataError('market_chart: unexpected shape', parsed.error.issues);
  const caps = new Map(parsed.data.market_caps ?? []);
  const volumes = new Map(parsed.data.total_volumes ?? []);
  const byDay = new Map<string, DailySeries['points'][number]>();
  for (const [t, price] of [...parsed.data.prices].sort((a, b) => a[0] - b[0])) {
    const day = new Date(t).toISOString().slice(0, 10);
    const cap = caps.get(t);
    const volume = volumes.get(t);
    if (price >= 0 && !byDay.has(day))
      byDay.set(day, [t, price, cap && cap > 0 ? cap : null, volume != null && volume >= 0 ? volume : null]);
  }
  const points = [...byDay.values()];
  const last = points.at(-1);
  return last ? { source, asOf: new Date(last[0]).toISOString(), points } : null;
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
