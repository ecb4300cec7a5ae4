// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RelativeTime, relativeTime } from '@/components/market/relative-time';

const now = Date.parse('2026-11-22T12:00:00Z');

describe('relative "as of" times', () => {
  it('speaks the reader’s language', () => {
    expect(relativeTime('en', '2026-11-22T09:00:00Z', now)).toBe('3 hours ago');
    expect(relativeTime('ru', '2026-11-22T09:00:00Z', now)).toBe('3 часа назад');
    expect(relativeTime('es', '2026-11-21T12:00:00Z', now)).toBe('ayer');
    expect(relativeTime('en', '2024-06-05T06:47:30Z', now)).toBe('2 years ago');
  });

  it('renders after mount, so server and client HTML agree', async () => {
    const { container } = render(<RelativeTime locale="en" iso={new Date(Date.now() - 5 * 60_000).toISOString()} />);
    await act(async () => {});
    expect(screen.getByText('5 minutes ago')).toBeTruthy();
    expect(container.querySelector('.relative-time')).not.toBeNull();
  });
});
