/** A 7-day price line drawn on the server as SVG: no JavaScript, a fixed size, no layout shift. */
export function Sparkline({
  prices,
  label,
  width = 112,
  height = 32,
}: {
  prices: number[];
  label: string;
  width?: number;
  height?: number;
}) {
  if (prices.length < 2) return <span className="muted">–</span>;
  const min = Math.min(...prices);
  const max = Math.max(...prices);
  const span = max - min || 1;
  const step = width / (prices.length - 1);
  const points = prices.map(
    (p, i) => `${(i * step).toFixed(1)},${(height - 2 - ((p - min) / span) * (height - 4)).toFixed(1)}`,
  );
  const up = (prices.at(-1) ?? 0) >= (prices[0] ?? 0);
  return (
    <svg
      className={`sparkline ${up ? 'sparkline-up' : 'sparkline-down'}`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
    >
      <polyline points={points.join(' ')} fill="none" strokeWidth="1.5" strokeLinejoin="round" />
    </svg>
  );
}
