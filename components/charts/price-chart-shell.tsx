'use client';

import { lazy, type ReactNode, Suspense, useMemo, useState } from 'react';

import { unpackSeries } from '@/lib/charts/series';

// recharts is the heaviest client code on the site: its chunk is fetched only once the shell
// renders the chart, and the preview stays on screen until it has arrived (no blank frame).
const PriceChart = lazy(() => import('./price-chart'));

interface Props {
  locale: string;
  /** packSeries strings: unpacked only once the chart is wanted. */
  hourly: string;
  daily: string;
  /** The ranges with data, and the one the chart opens on (chartRanges, computed on the server). */
  available: readonly number[];
  initial: number;
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
export function PriceChartShell({ locale, hourly, daily, available, initial, labels, preview }: Props) {
  const [days, setDays] = useState(initial);
  const [active, setActive] = useState(false);
  const activate = () => setActive(true);
  const series = useMemo(
    () => (active ? { hourly: unpackSeries(hourly), daily: unpackSeries(daily) } : undefined),
    [active, hourly, daily],
  );
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
      {series ? (
        <Suspense fallback={preview}>
          <PriceChart
            locale={locale}
            hourly={series.hourly}
            daily={series.daily}
            days={days}
            labels={{ date: labels.date, price: labels.price }}
          />
        </Suspense>
      ) : (
        preview
      )}
    </div>
  );
}
