'use client';

import dynamic from 'next/dynamic';

export const LazyLayerShareChart = dynamic(() => import('./layer-share-chart'), {
  ssr: false,
  loading: () => <div className="chart-frame chart-frame-pie chart-placeholder" />,
});
