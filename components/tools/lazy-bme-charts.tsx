'use client';

import dynamic from 'next/dynamic';

// recharts loads after the page, into boxes whose height CSS reserves: no layout shift.
export const LazyBmeChart = dynamic(() => import('./bme-charts'), {
  ssr: false,
  loading: () => <div className="chart-frame chart-frame-small chart-placeholder" />,
});
