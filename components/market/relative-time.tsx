'use client';

import { useEffect, useState } from 'react';

import { formatRelativeTime, type RelativeTimeLabels } from '@/lib/format/relative-time';

/**
 * "3 hours ago", in the reader's language, computed in the browser: a cached page cannot know
 * how old it will be when it is read. Empty on the server, so hydration always matches.
 */
export function RelativeTime({ locale, iso, labels }: { locale: string; iso: string; labels: RelativeTimeLabels }) {
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    const update = () => setText(formatRelativeTime(labels, locale, iso, Date.now()));
    update();
    const timer = setInterval(update, 60_000);
    return () => clearInterval(timer);
  }, [labels, locale, iso]);
  // The line is always there, empty until mounted: filling it in shifts nothing.
  return <span className="relative-time">{text}</span>;
}
