'use client';

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

import { formatAmount, numberFormat } from '@/lib/format';
import type { BmeMonth } from '@/lib/tokenomics/bme';

export interface BmeChartLabels {
  month: string;
  burned: string;
  minted: string;
  supply: string;
}

interface Props {
  kind: 'supply' | 'flows';
  locale: string;
  projection: BmeMonth[];
  labels: BmeChartLabels;
}

export default function BmeChart({ kind, locale, projection, labels }: Props) {
  const compact = (v: number) => numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(v);
  const full = (v: unknown) => formatAmount(locale, Number(v));
  const tooltipStyle = { background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' };
  const axes = (
    <>
      <CartesianGrid stroke="var(--border)" vertical={false} />
      <XAxis dataKey="month" stroke="var(--muted)" fontSize={12} />
      <YAxis tickFormatter={compact} stroke="var(--muted)" fontSize={12} width={56} />
    </>
  );
  return (
    <div className="chart-frame chart-frame-small" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        {kind === 'supply' ? (
          <LineChart data={projection} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            {axes}
            <Tooltip
              formatter={(v) => [full(v), labels.supply]}
              labelFormatter={(m) => `${labels.month} ${m}`}
              contentStyle={tooltipStyle}
            />
            <Line
              type="monotone"
              dataKey="supply"
              name={labels.supply}
              stroke="var(--accent)"
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          </LineChart>
        ) : (
          <BarChart data={projection} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            {axes}
            <Tooltip
              formatter={(v, name) => [full(v), String(name)]}
              labelFormatter={(m) => `${labels.month} ${m}`}
              contentStyle={tooltipStyle}
            />
            <Legend />
            <Bar dataKey="burned" name={labels.burned} fill="#d9534f" isAnimationActive={false} />
            <Bar dataKey="minted" name={labels.minted} fill="#5b6cf0" isAnimationActive={false} />
          </BarChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}
