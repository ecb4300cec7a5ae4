import { z } from 'zod';

import { tokenByCoingeckoId, TOKENS, type TokenSlug } from './registry';
import { rawMarketChartSchema } from './schemas';
import type { DailySeries, DataSource, FieldSource, TokenQuote } from './types';

// The build step of the embedded data set, as pure functions: recorded public files (data/records)
// in, the snapshot out. Nothing here invents a number: a quote is a recorded one, a series keeps
// the recorded points (one per UTC day), and the only arithmetic is a change between two recorded
// prices of one series, marked as derived with that series' source and date.
// scripts/build-snapshot.mts reads the files and writes lib/market/snapshot/snapshot.json.

const DAY_MS = 86_400_000;

/** A recorded quote: the fields its record has, null for the others. */
export interface Observation {
  slug: TokenSlug;
  /** ISO date-time, or a plain date when the record gives only the day. */
  asOf: string;
  priceUsd: number;
  change24h: number | null;
  marketCapUsd: number | null;
  fdvUsd: number | null;
  volume24hUsd: number | null;
  circulatingSupply: number | null;
  totalSupply: number | null;
  maxSupply: number | null;
  rank: number | null;
  source: DataSource;
}

export interface RecordedSeries extends DailySeries {
  slug: TokenSlug;
}

type Point = DailySeries['points'][number];

function observation(
  slug: TokenSlug,
  asOf: string,
  priceUsd: number,
  source: DataSource,
  rest: Partial<Observation> = {},
): Observation {
  return {
    slug,
    asOf,
    priceUsd,
    change24h: null,
    marketCapUsd: null,
    fdvUsd: null,
    volume24hUsd: null,
    circulatingSupply: null,
    totalSupply: null,
    maxSupply: null,
    rank: null,
    source,
    ...rest,
  };
}

/** The UTC day of a time: YYYY-MM-DD. */
export function utcDate(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** Milliseconds of an `asOf` (a plain date counts from its start). */
export function timeOf(asOf: string): number {
  return Date.parse(asOf.length === 10 ? `${asOf}T00:00:00Z` : asOf);
}

/**
 * One point per UTC day, the day's first recorded one (CoinGecko's daily points are at 00:00 UTC; a
 * last, intraday point of the answer is left out so the days stay evenly spaced), oldest first.
 */
export function dailyPoints(points: Point[]): Point[] {
  const byDay = new Map<string, Point>();
  for (const p of [...points].sort((a, b) => a[0] - b[0])) {
    const day = utcDate(p[0]);
    if (Number.isFinite(p[1]) && p[1] >= 0 && !byDay.has(day)) byDay.set(day, p);
  }
  return [...byDay.values()];
}

function seriesOf(slug: TokenSlug, source: DataSource, points: Point[], lastTime?: number): RecordedSeries | null {
  const daily = dailyPoints(points);
  const last = daily.at(-1);
  if (!last) return null;
  return { slug, source, asOf: new Date(lastTime ?? last[0]).toISOString(), points: daily };
}

// ---------------------------------------------------------------------------------------------
// Parsers, one per record format

/** A CoinGecko `/coins/{id}/market_chart` answer: prices, market caps and volumes per timestamp. */
export function parseCoinGeckoChart(text: string, slug: TokenSlug, source: DataSource): RecordedSeries | null {
  const body = rawMarketChartSchema.parse(JSON.parse(text));
  const caps = new Map(body.market_caps?.map(([t, v]) => [t, v]) ?? []);
  const volumes = new Map(body.total_volumes?.map(([t, v]) => [t, v]) ?? []);
  const points: Point[] = body.prices.map(([t, price]) => [t, price, caps.get(t) || null, volumes.get(t) ?? null]);
  return seriesOf(slug, source, points);
}

function splitCsv(text: string): string[][] {
  // The candle files hold numbers and dates only: no quoted cells.
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split(','));
}

function num(cell: string | undefined): number | null {
  if (cell === undefined || cell.trim() === '') return null;
  const n = Number(cell);
  return Number.isFinite(n) ? n : null;
}

export interface CandleColumns {
  /** The column with the candle's open time: unix ms, or a date-time text. */
  time: string;
  close: string;
  /** Traded value in the quote currency (USDT), if the file has it. */
  quoteVolume?: string;
}

/**
 * Daily candles (Bybit, Binance): one point per day at the candle's open time, its close as the
 * price, its traded value in USDT as the volume. The series' `asOf` is the close of the last candle.
 */
export function parseCandlesCsv(
  text: string,
  slug: TokenSlug,
  source: DataSource,
  columns: CandleColumns,
): RecordedSeries | null {
  const [header, ...rows] = splitCsv(text);
  if (!header) return null;
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`candles: no column "${name}" in ${header.join(',')}`);
    return i;
  };
  const [ti, ci] = [col(columns.time), col(columns.close)];
  const vi = columns.quoteVolume ? col(columns.quoteVolume) : -1;
  const points: Point[] = [];
  for (const row of rows) {
    const raw = row[ti] ?? '';
    const t = /^\d+$/.test(raw) ? Number(raw) : Date.parse(raw.replace(' ', 'T'));
    const close = num(row[ci]);
    if (!Number.isFinite(t) || close === null) continue;
    points.push([t, close, null, vi >= 0 ? num(row[vi]) : null]);
  }
  const daily = dailyPoints(points);
  const last = daily.at(-1);
  return last ? seriesOf(slug, source, daily, last[0] + DAY_MS - 1) : null;
}

const deskSchema = z.object({
  date: z.iso.date(),
  peers: z.array(
    z.object({
      id: z.string(),
      price: z.number().finite().nonnegative(),
      market_cap: z.number().finite().nonnegative().nullable().optional(),
      volume: z.number().finite().nonnegative().nullable().optional(),
      change_24h: z.number().finite().nullable().optional(),
    }),
  ),
});

/** A desk file of the day (CoinGecko figures by coin id): its date is all the record says of the time. */
export function parseDesk(text: string, source: DataSource): Observation[] {
  const desk = deskSchema.parse(JSON.parse(text));
  return desk.peers.flatMap((peer) => {
    const token = tokenByCoingeckoId(peer.id);
    if (!token) return [];
    return [
      observation(token.slug, desk.date, peer.price, source, {
        marketCapUsd: peer.market_cap || null,
        volume24hUsd: peer.volume ?? null,
        change24h: peer.change_24h ?? null,
      }),
    ];
  });
}

const marketsEntrySchema = z.object({
  id: z.string(),
  current_price: z.number().finite().nonnegative(),
  market_cap: z.number().finite().nonnegative().nullable().optional(),
  market_cap_rank: z.number().int().positive().nullable().optional(),
  fully_diluted_valuation: z.number().finite().nonnegative().nullable().optional(),
  total_volume: z.number().finite().nonnegative().nullable().optional(),
  price_change_percentage_24h: z.number().finite().nullable().optional(),
  circulating_supply: z.number().finite().nonnegative().nullable().optional(),
  total_supply: z.number().finite().nonnegative().nullable().optional(),
  max_supply: z.number().finite().nonnegative().nullable().optional(),
  last_updated: z.iso.datetime({ offset: true }).optional(),
});

const marketsRecordSchema = z.union([
  z.array(z.unknown()),
  z.object({ _meta: z.object({ retrieved: z.iso.datetime({ offset: true }) }), tokens: z.array(z.unknown()) }),
]);

/**
 * A CoinGecko `/coins/markets` answer, whole (a list) or trimmed inside `{ _meta.retrieved, tokens }`.
 * Each coin's time is its `last_updated`, else the time the answer was retrieved.
 */
export function parseCoinGeckoMarkets(
  text: string,
  source: (id: string) => DataSource,
  retrievedAt?: string,
): Observation[] {
  const record = marketsRecordSchema.parse(JSON.parse(text));
  const [entries, retrieved] = Array.isArray(record) ? [record, retrievedAt] : [record.tokens, record._meta.retrieved];
  return entries.flatMap((entry) => {
    const parsed = marketsEntrySchema.safeParse(entry);
    const token = parsed.success ? tokenByCoingeckoId(parsed.data.id) : undefined;
    if (!parsed.success || !token) return [];
    const c = parsed.data;
    const asOf = c.last_updated ?? retrieved;
    if (!asOf) return [];
    return [
      observation(token.slug, new Date(asOf).toISOString(), c.current_price, source(c.id), {
        change24h: c.price_change_percentage_24h ?? null,
        marketCapUsd: c.market_cap || null,
        fdvUsd: c.fully_diluted_valuation ?? null,
        volume24hUsd: c.total_volume ?? null,
        circulatingSupply: c.circulating_supply ?? null,
        totalSupply: c.total_supply ?? null,
        maxSupply: c.max_supply ?? null,
        rank: c.market_cap_rank ?? null,
      }),
    ];
  });
}

/**
 * Daily top-100 price lists (`rank,name,symbol,price`), one file per day, each taken at `hourUtc`:
 * a series per tracked symbol that appears in them.
 */
export function parseDailyPriceLists(
  files: { date: string; text: string }[],
  hourUtc: number,
  source: DataSource,
): RecordedSeries[] {
  const bySymbol = new Map<string, Point[]>();
  for (const { date, text } of files) {
    const [header, ...rows] = splitCsv(text);
    if (!header) continue;
    const si = header.indexOf('symbol');
    const pi = header.indexOf('price');
    const t = Date.parse(`${date}T${String(hourUtc).padStart(2, '0')}:00:00Z`);
    for (const row of rows) {
      const symbol = row[si];
      const price = num(row[pi]);
      if (!symbol || price === null || !Number.isFinite(t)) continue;
      bySymbol.set(symbol, [...(bySymbol.get(symbol) ?? []), [t, price, null, null]]);
    }
  }
  return TOKENS.flatMap((token) => {
    const points = bySymbol.get(token.symbol);
    const series = points ? seriesOf(token.slug, source, points) : null;
    return series ? [series] : [];
  });
}

// ---------------------------------------------------------------------------------------------
// The snapshot

export interface Snapshot {
  /** The most recent quote's time: what the page's note shows. */
  asOf: string;
  quotes: TokenQuote[];
  history: Partial<Record<TokenSlug, DailySeries>>;
}

/** A week's change from the history stands beside a quote only if the history ends at most this long before it. */
export const MAX_DERIVED_LAG_DAYS = 7;

/** How many points of a series fall in the year before `end`. */
function pointsInYear(series: RecordedSeries, end: number): number {
  return series.points.filter((p) => p[0] > end - 366 * DAY_MS && p[0] <= end).length;
}

/** The price of a series exactly `days` before the point at `t`, if that day was recorded at the same time of day. */
function priceBefore(points: Point[], t: number, days: number): number | null {
  return points.find((p) => p[0] === t - days * DAY_MS)?.[1] ?? null;
}

function changeFrom(now: number, before: number | null): number | null {
  return before && before > 0 ? (now / before - 1) * 100 : null;
}

function lastPointObservation(series: RecordedSeries): Observation {
  const last = series.points.at(-1)!;
  return observation(series.slug, series.asOf, last[1], series.source, {
    marketCapUsd: last[2],
    volume24hUsd: last[3],
  });
}

/** The 7 days ending at a series' last point, and the change over them: for quotes that lack them. */
function weekOf(series: DailySeries): { prices: number[]; change7d: number | null } {
  const last = series.points.at(-1)!;
  const prices = series.points.filter((p) => p[0] >= last[0] - 7 * DAY_MS).map((p) => p[1]);
  return {
    prices: prices.length > 1 ? prices : [],
    change7d: changeFrom(last[1], priceBefore(series.points, last[0], 7)),
  };
}

/**
 * Per token: the most recent recorded quote (explicit quotes and the last points of series
 * alike), and the daily series with the most points in the year before that quote. Changes the
 * quote does not report are computed from a series: from the quote's own series when it is one
 * (the same venue and time), else from the token's history if it ends within a week before the
 * quote; either way marked in `derived` with that series' source and end.
 */
export function buildSnapshot(observations: Observation[], series: RecordedSeries[]): Snapshot {
  const quotes: TokenQuote[] = [];
  const history: Snapshot['history'] = {};
  for (const token of TOKENS) {
    const own = series.filter((s) => s.slug === token.slug);
    const candidates = [...observations.filter((o) => o.slug === token.slug), ...own.map(lastPointObservation)];
    // Latest first; on the same instant a record with more fields wins.
    const filled = (o: Observation) => Object.values(o).filter((v) => v !== null).length;
    const quote = candidates.sort((a, b) => timeOf(b.asOf) - timeOf(a.asOf) || filled(b) - filled(a))[0];
    if (!quote) continue;

    const end = timeOf(quote.asOf);
    const longest = [...own].sort(
      (a, b) => pointsInYear(b, end) - pointsInYear(a, end) || timeOf(b.asOf) - timeOf(a.asOf),
    )[0];
    if (longest) history[token.slug] = { source: longest.source, asOf: longest.asOf, points: longest.points };

    const derived: TokenQuote['derived'] = {};
    let { change24h } = quote;
    let change7d: number | null = null;
    let sparkline7d: number[] = [];
    const quoteSeries = own.find((s) => s.source.url === quote.source.url && s.asOf === quote.asOf);
    if (quoteSeries) {
      // The quote is the last point of this series: its changes are the series' own.
      const last = quoteSeries.points.at(-1)!;
      if (change24h === null) change24h = changeFrom(last[1], priceBefore(quoteSeries.points, last[0], 1));
      const week = weekOf(quoteSeries);
      change7d = week.change7d;
      sparkline7d = week.prices;
      const from: FieldSource = { asOf: quoteSeries.asOf, source: quoteSeries.source };
      if (quote.change24h === null && change24h !== null) derived.change24h = from;
      if (change7d !== null) derived.change7d = from;
      if (sparkline7d.length > 0) derived.sparkline7d = from;
    } else if (longest && end - timeOf(longest.asOf) <= MAX_DERIVED_LAG_DAYS * DAY_MS) {
      const week = weekOf(longest);
      change7d = week.change7d;
      sparkline7d = week.prices;
      const from: FieldSource = { asOf: longest.asOf, source: longest.source };
      if (change7d !== null) derived.change7d = from;
      if (sparkline7d.length > 0) derived.sparkline7d = from;
    }

    quotes.push({
      slug: token.slug,
      priceUsd: quote.priceUsd,
      change24h,
      change7d,
      change30d: null,
      marketCapUsd: quote.marketCapUsd,
      fdvUsd: quote.fdvUsd,
      volume24hUsd: quote.volume24hUsd,
      circulatingSupply: quote.circulatingSupply,
      totalSupply: quote.totalSupply,
      maxSupply: quote.maxSupply,
      rank: quote.rank,
      asOf: quote.asOf,
      source: quote.source,
      sparkline7d,
      derived,
    });
  }
  const asOf = quotes.map((q) => q.asOf).sort((a, b) => timeOf(b) - timeOf(a))[0] ?? new Date(0).toISOString();
  return { asOf, quotes, history };
}
