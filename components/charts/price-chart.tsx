'use client';

import { useMemo, useState } from 'react';
import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import { dateFormat, numberFormat } from '@/lib/format';

export interface PricePointData {
  t: number;
  price: number;
}

interface Props {
  locale: string;
  hourly: PricePointData[];
  daily: PricePointData[];
  ranges: readonly number[];
  labels: { ranges: Record<number, string>; rangeLabel: string; date: string; price: string };
}

const DAY_MS = 86_400_000;

// Formatters live here, in the client file: functions never cross the server/client boundary.
// The Intl objects behind them are shared and built once (lib/format).
function usd(locale: string, value: number): string {
  return numberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    ...(value >= 1 ? { maximumFractionDigits: 2 } : { maximumSignificantDigits: 3 }),
  }).format(value);
}

export function seriesFor(days: number, hourly: PricePointData[], daily: PricePointData[]): PricePointData[] {
  if (days <= 7 && hourly.length > 1) return hourly;
  const source = daily.length > 1 ? daily : hourly;
  const end = source.at(-1)?.t ?? 0;
  return source.filter((p) => p.t >= end - days * DAY_MS);
}

export default function PriceChart({ locale, hourly, daily, ranges, labels }: Props) {
  const available = ranges.filter((d) => seriesFor(d, hourly, daily).length > 1);
  const [days, setDays] = useState(available.includes(30) ? 30 : (available[0] ?? 7));
  const data = useMemo(() => seriesFor(days, hourly, daily), [days, hourly, daily]);
  const tickDate = dateFormat(locale, {
    day: 'numeric',
    month: 'short',
    ...(days > 90 ? { year: '2-digit' } : {}),
    timeZone: 'UTC',
  });

  return (
    <div className="price-chart">
      <div className="segmented" role="group" aria-label={labels.rangeLabel}>
        {available.map((d) => (
          <button key={d} type="button" aria-pressed={d === days} onClick={() => setDays(d)}>
            {labels.ranges[d]}
          </button>
        ))}
      </div>
      <div className="chart-frame" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          {/* The frame is aria-hidden (the summary and the table are the accessible form): no focusable layer inside it. */}
          <AreaChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <defs>
              <linearGradient id="price-fill" x1="0" y1="0" x2="0" y2="1">
                <stop offset="0%" stopColor="var(--accent)" stopOpacity={0.35} />
                <stop offset="100%" stopColor="var(--accent)" stopOpacity={0} />
              </linearGradient>
            </defs>
            <CartesianGrid stroke="var(--border)" vertical={false} />
            <XAxis
              dataKey="t"
              type="number"
              domain={['dataMin', 'dataMax']}
              scale="time"
              tickFormatter={(t: number) => tickDate.format(t)}
              stroke="var(--muted)"
              fontSize={12}
              minTickGap={32}
            />
            <YAxis
              dataKey="price"
              domain={['auto', 'auto']}
              tickFormatter={(v: number) => usd(locale, v)}
              stroke="var(--muted)"
              fontSize={12}
              width={72}
            />
            <Tooltip
              labelFormatter={(t) => tickDate.format(Number(t))}
              formatter={(v) => [usd(locale, Number(v)), labels.price]}
              contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' }}
            />
            <Area
              type="monotone"
              dataKey="price"
              stroke="var(--accent)"
              strokeWidth={2}
              fill="url(#price-fill)"
              isAnimationActive={false}
            />
          </AreaChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
