'use client';

import { type ReactNode, useState } from 'react';

import { chartRanges, type PricePointData } from '@/lib/charts/series';

import { LazyPriceChart } from './lazy-price-chart';

interface Props {
  locale: string;
  hourly: PricePointData[];
  daily: PricePointData[];
  ranges: readonly number[];
  labels: { ranges: Record<number, string>; rangeLabel: string; date: string; price: string };
  /** The opening range drawn on the server (PricePreview): what the reader sees until they reach for the chart. */
  preview: ReactNode;
}

/**
 * The price chart's range buttons and frame. The frame first shows the server-drawn preview; recharts
 * (the heaviest client code on the site) loads when the reader shows intent: a pointer or a finger
 * on the chart, focus inside it, or a range button. A token page's chart is in the first screen, so
 * loading it with the page cost about a second of main-thread time on a throttled phone.
 */
export function PriceChartShell({ locale, hourly, daily, ranges, labels, preview }: Props) {
  const { available, initial } = chartRanges(ranges, hourly, daily);
  const [days, setDays] = useState(initial);
  const [active, setActive] = useState(false);
  const activate = () => setActive(true);
  return (
    <div className="price-chart" onPointerEnter={activate} onTouchStart={activate} onFocus={activate}>
      <div className="segmented" role="group" aria-label={labels.rangeLabel}>
        {available.map((d) => (
          <button
            key={d}
            type="button"
            aria-pressed={d === days}
            onClick={() => {
              setDays(d);
              setActive(true);
            }}
          >
            {labels.ranges[d]}
          </button>
        ))}
      </div>
      {active ? (
        <LazyPriceChart
          locale={locale}
          hourly={hourly}
          daily={daily}
          days={days}
          labels={{ date: labels.date, price: labels.price }}
        />
      ) : (
        preview
      )}
    </div>
  );
}
