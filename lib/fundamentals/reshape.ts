import { MalformedDataError } from '@/lib/market/reshape';

import { rawFeesSummarySchema } from './schemas';

export interface DailyUsd {
  /** Start of the UTC day, ms. */
  t: number;
  usd: number;
}

export interface FeesSummary {
  total24h: number | null;
  total7d: number | null;
  total30d: number;
  /** Daily values, oldest first, one per day. */
  daily: DailyUsd[];
}

/** A DefiLlama fees summary to domain figures; throws when the 30-day total is missing. */
export function reshapeFeesSummary(body: unknown): FeesSummary {
  const parsed = rawFeesSummarySchema.safeParse(body);
  if (!parsed.success) throw new MalformedDataError('summary/fees: unexpected shape', parsed.error.issues);
  const { total24h, total7d, total30d, totalDataChart = [] } = parsed.data;
  if (total30d == null) throw new MalformedDataError('summary/fees: no 30-day total');
  const byDay = new Map<number, number>();
  for (const [seconds, usd] of totalDataChart) if (usd >= 0) byDay.set(seconds * 1000, usd);
  const daily = [...byDay].sort((a, b) => a[0] - b[0]).map(([t, usd]) => ({ t, usd }));
  return { total24h: total24h ?? null, total7d: total7d ?? null, total30d, daily };
}

export interface MonthRow {
  /** YYYY-MM (UTC). */
  month: string;
  revenueUsd: number;
  issuedUsd: number | null;
  /** Days of the month with data: a partial month is labelled as such. */
  days: number;
}

/**
 * Revenue against the USD value of tokens issued, per calendar month: each day's issuance is
 * valued at that day's price. Months are the last `months` that have revenue data.
 */
export function monthlyRevenueVsIssuance(
  daily: readonly DailyUsd[],
  tokensPerDay: number | null,
  prices: readonly { t: number; price: number }[],
  months = 6,
): MonthRow[] {
  const priceByDay = new Map(prices.map((p) => [Math.floor(p.t / 86_400_000), p.price]));
  const rows = new Map<string, MonthRow & { priced: number }>();
  for (const d of daily) {
    const month = new Date(d.t).toISOString().slice(0, 7);
    const row = rows.get(month) ?? { month, revenueUsd: 0, issuedUsd: 0, days: 0, priced: 0 };
    row.revenueUsd += d.usd;
    row.days += 1;
    const price = priceByDay.get(Math.floor(d.t / 86_400_000));
    if (tokensPerDay != null && price != null) {
      row.issuedUsd = (row.issuedUsd ?? 0) + tokensPerDay * price;
      row.priced += 1;
    }
    rows.set(month, row);
  }
  return [...rows.values()]
    .sort((a, b) => a.month.localeCompare(b.month))
    .slice(-months)
    .map(({ priced, ...row }) => ({
      ...row,
      issuedUsd: tokensPerDay != null && priced === row.days ? row.issuedUsd : null,
    }));
}
