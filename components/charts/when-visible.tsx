'use client';

import { type ReactNode, useEffect, useRef, useState } from 'react';

/**
 * Renders its children (a lazily imported chart) only when the reader scrolls near it, so a chart
 * below the fold costs no JavaScript before interaction. The placeholder reserves the chart's size.
 */
export function WhenVisible({ children, placeholderClassName }: { children: ReactNode; placeholderClassName: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') {
      setVisible(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setVisible(true);
          observer.disconnect();
        }
      },
      { rootMargin: '0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return <div ref={ref}>{visible ? children : <div className={`${placeholderClassName} chart-placeholder`} />}</div>;
}
