// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { RelativeTime } from '@/components/market/relative-time';
import { formatRelativeTime, relativeTimeLabels } from '@/lib/format/relative-time';

const now = Date.parse('2026-11-22T12:00:00Z');
const ago = (locale: string, iso: string) => formatRelativeTime(relativeTimeLabels(locale), locale, iso, now);
const minutesAgo = (minutes: number) => new Date(now - minutes * 60_000).toISOString();

describe('relative "as of" times', () => {
  it('speaks the reader’s language, as Intl.RelativeTimeFormat would', () => {
    expect(ago('en', '2026-11-22T09:00:00Z')).toBe('3 hours ago');
    expect(ago('ru', '2026-11-22T09:00:00Z')).toBe('3 часа назад');
    expect(ago('es', '2026-11-21T12:00:00Z')).toBe('ayer');
    expect(ago('en', '2024-06-05T06:47:30Z')).toBe('2 years ago');
    expect(ago('es', '2026-11-22T11:59:30Z')).toBe('este minuto');
  });

  it('matches Intl for every count of every unit in Russian, whose plurals have three forms', () => {
    const intl = new Intl.RelativeTimeFormat('ru', { numeric: 'auto' });
    for (const minutes of [1, 2, 5, 11, 21, 22, 25, 59])
      expect(ago('ru', minutesAgo(minutes))).toBe(intl.format(-minutes, 'minute'));
    for (const days of [1, 2, 3, 21, 29]) expect(ago('ru', minutesAgo(days * 1440))).toBe(intl.format(-days, 'day'));
  });

  it('reads a time ahead of the reader’s clock as now', () => {
    expect(ago('en', '2026-11-22T12:05:00Z')).toBe('this minute');
  });

  it('renders after mount, so server and client HTML agree', async () => {
    const { container } = render(
      <RelativeTime
        locale="en"
        iso={new Date(Date.now() - 5 * 60_000).toISOString()}
        labels={relativeTimeLabels('en')}
      />,
    );
    await act(async () => {});
    expect(screen.getByText('5 minutes ago')).toBeTruthy();
    expect(container.querySelector('.relative-time')).not.toBeNull();
  });
});
