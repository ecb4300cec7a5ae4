'use client';

import { useMemo } from 'react';
import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import { type PricePointData, seriesFor } from '@/lib/charts/series';
import { dateFormat, numberFormat } from '@/lib/format';

interface Props {
  locale: string;
  hourly: PricePointData[];
  daily: PricePointData[];
  /** The range the shell's buttons chose. */
  days: number;
  labels: { date: string; price: string };
}

// Formatters live here, in the client file: functions never cross the server/client boundary.
// The Intl objects behind them are shared and built once (lib/format).
function usd(locale: string, value: number): string {
  return numberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    ...(value >= 1 ? { maximumFractionDigits: 2 } : { maximumSignificantDigits: 3 }),
  }).format(value);
}

/** The interactive chart (recharts): loaded by PriceChartShell when the reader reaches for it. */
export default function PriceChart({ locale, hourly, daily, days, labels }: Props) {
  const data = useMemo(() => seriesFor(days, hourly, daily), [days, hourly, daily]);
  const tickDate = dateFormat(locale, {
    day: 'numeric',
    month: 'short',
    ...(days > 90 ? { year: '2-digit' } : {}),
    timeZone: 'UTC',
  });

  return (
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
  );
}
