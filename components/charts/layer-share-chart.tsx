'use client';

import { Cell, Pie, PieChart, ResponsiveContainer, Tooltip } from 'recharts';

import { formatShare, numberFormat } from '@/lib/format';

export interface LayerSlice {
  layer: string;
  name: string;
  marketCapUsd: number;
}

const COLORS: Record<string, string> = {
  compute: '#5b6cf0',
  storage: '#1f9d68',
  network: '#e08a1e',
  orchestration: '#9b59d0',
};

export default function LayerShareChart({ locale, slices }: { locale: string; slices: LayerSlice[] }) {
  const total = slices.reduce((sum, s) => sum + s.marketCapUsd, 0);
  const share = (v: number) => formatShare(locale, total ? v / total : 0);
  const usd = (v: number) =>
    numberFormat(locale, { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 2 }).format(
      v,
    );

  return (
    <div className="chart-frame chart-frame-pie" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <PieChart>
          <Pie
            data={slices}
            dataKey="marketCapUsd"
            nameKey="name"
            innerRadius="55%"
            outerRadius="85%"
            paddingAngle={1}
            isAnimationActive={false}
            label={({ name, value }) => `${name} ${share(Number(value))}`}
          >
            {slices.map((s) => (
              <Cell key={s.layer} fill={COLORS[s.layer] ?? '#888'} />
            ))}
          </Pie>
          <Tooltip
            formatter={(v, name) => [`${usd(Number(v))} (${share(Number(v))})`, String(name)]}
            contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' }}
          />
        </PieChart>
      </ResponsiveContainer>
    </div>
  );
}
