import { type PricePointData } from '@/lib/charts/series';
import { formatDate, formatPrice } from '@/lib/format';

const WIDTH = 640;
const HEIGHT = 288;
const PAD = { top: 12, right: 8, bottom: 28, left: 8 };

/**
 * The opening range of a price chart drawn on the server as SVG (no JavaScript): the area under the
 * price, the low and high, and the first and last dates. It fills the frame the interactive chart
 * later takes, so swapping them shifts nothing.
 */
export function PricePreview({ points, locale }: { points: PricePointData[]; locale: string }) {
  if (points.length < 2) return <div className="chart-frame chart-placeholder" />;
  const prices = points.map((p) => p.price);
  const low = Math.min(...prices);
  const high = Math.max(...prices);
  const t0 = points[0]!.t;
  const t1 = points.at(-1)!.t;
  const x = (t: number) => PAD.left + ((t - t0) / (t1 - t0 || 1)) * (WIDTH - PAD.left - PAD.right);
  const y = (p: number) => PAD.top + (1 - (p - low) / (high - low || 1)) * (HEIGHT - PAD.top - PAD.bottom);
  const line = points.map((p) => `${x(p.t).toFixed(1)},${y(p.price).toFixed(1)}`).join(' ');
  const base = HEIGHT - PAD.bottom;
  return (
    <div className="chart-frame price-preview" aria-hidden="true">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" width="100%" height="100%">
        <polygon className="price-preview-area" points={`${x(t0)},${base} ${line} ${x(t1)},${base}`} />
        <polyline className="price-preview-line" points={line} fill="none" vectorEffect="non-scaling-stroke" />
      </svg>
      <span className="price-preview-label price-preview-high">{formatPrice(locale, high)}</span>
      <span className="price-preview-label price-preview-low">{formatPrice(locale, low)}</span>
      <span className="price-preview-label price-preview-start">{formatDate(locale, t0)}</span>
      <span className="price-preview-label price-preview-end">{formatDate(locale, t1)}</span>
    </div>
  );
}
