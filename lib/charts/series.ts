// Which points a price chart shows for a range: shared by the server-drawn preview, the light
// client shell and the recharts chart, so all three agree on the data.
export interface PricePointData {
  t: number;
  price: number;
}

const DAY_MS = 86_400_000;

/** The last `days` days of a series, by time (a gap in the record stays a gap). */
export function lastDays<P extends PricePointData>(points: P[], days: number): P[] {
  const end = points.at(-1)?.t ?? 0;
  return points.filter((p) => p.t >= end - days * DAY_MS);
}

/** The points of the last `days` days: hourly for a week where recorded, otherwise daily. */
export function seriesFor(days: number, hourly: PricePointData[], daily: PricePointData[]): PricePointData[] {
  if (days <= 7 && hourly.length > 1) return hourly;
  return lastDays(daily.length > 1 ? daily : hourly, days);
}

/** The ranges with at least two points, and the one a chart opens on (30 days where it can). */
export function chartRanges(ranges: readonly number[], hourly: PricePointData[], daily: PricePointData[]) {
  const available = ranges.filter((d) => seriesFor(d, hourly, daily).length > 1);
  return { available, initial: available.includes(30) ? 30 : (available[0] ?? 7) };
}

/**
 * A series as one string ("t,price;t,price", t in ms): what the server hands the chart's client
 * shell. The browser parses props from the RSC payload value by value, so two arrays of objects
 * (about 1,100 values for a year and a week) cost main-thread time on every load, while the chart
 * that reads them loads only on intent. One string costs one value; the shell unpacks it then.
 */
export function packSeries(points: PricePointData[]): string {
  return points.map((p) => `${p.t},${p.price}`).join(';');
}

export function unpackSeries(packed: string): PricePointData[] {
  if (!packed) return [];
  return packed.split(';').map((pair) => {
    const [t, price] = pair.split(',');
    return { t: Number(t), price: Number(price) };
  });
}
