import { formatPercent } from '@/lib/format';

/** A signed percent change; the sign is in the text, the colour only repeats it. */
export function Change({ locale, value, fallback }: { locale: string; value: number | null; fallback: string }) {
  if (value == null) return <span className="change">{fallback}</span>;
  const direction = value > 0 ? 'up' : value < 0 ? 'down' : 'flat';
  return <span className={`change change-${direction}`}>{formatPercent(locale, value)}</span>;
}
