'use client';

import dynamic from 'next/dynamic';

// recharts is the heaviest client code on the site: it loads after the page, into a box whose
// size is reserved by CSS, so neither the first paint nor the layout waits for it.
export const LazyPriceChart = dynamic(() => import('./price-chart'), {
  ssr: false,
  loading: () => <div className="chart-frame chart-placeholder" />,
});
