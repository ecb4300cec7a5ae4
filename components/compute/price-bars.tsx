import type { GpuOffer } from '@/lib/compute/contract';
import { formatPrice } from '@/lib/format';

interface Labels {
  title: string;
  depin: string;
  cloud: string;
  kind: (kind: GpuOffer['kind']) => string;
}

const WIDTH = 640;
const LABEL = 230;
const ROW = 26;
const HEADER = 24;

/**
 * Bars by provider, drawn on the server as SVG: the chart works without JavaScript. DePIN and
 * cloud offers are told apart by more than colour: separate labelled groups, and DePIN bars are
 * hatched. The table next to it is the text alternative, so the SVG is one labelled image.
 */
export function PriceBars({
  id,
  offers,
  labels,
  locale,
}: {
  id: string;
  offers: GpuOffer[];
  labels: Labels;
  locale: string;
}) {
  const groups = (['depin', 'cloud'] as const)
    .map((network) => ({
      network,
      rows: offers.filter((o) => o.network === network).sort((a, b) => a.usdPerGpuHour - b.usdPerGpuHour),
    }))
    .filter((g) => g.rows.length > 0);
  const max = Math.max(...offers.map((o) => o.range?.max ?? o.usdPerGpuHour)) * 1.12;
  const scale = (usd: number) => ((WIDTH - LABEL - 70) * usd) / max;
  let y = 0;
  const height = groups.reduce((h, g) => h + HEADER + g.rows.length * ROW, 0) + 4;
  return (
    <svg
      className="price-bars"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${id}-title`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}-title`}>{labels.title}</title>
      <defs>
        <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" className="bar-depin-bg" />
          <line x1="0" y1="0" x2="0" y2="6" className="bar-depin-line" strokeWidth="3" />
        </pattern>
      </defs>
      {groups.map((group) => {
        const top = y;
        y += HEADER + group.rows.length * ROW;
        return (
          <g key={group.network} data-network={group.network}>
            <text x={0} y={top + 17} className="bar-group">
              {group.network === 'depin' ? labels.depin : labels.cloud}
            </text>
            {group.rows.map((offer, i) => {
              const rowY = top + HEADER + i * ROW;
              const w = Math.max(scale(offer.usdPerGpuHour), 2);
              return (
                <g key={`${offer.provider}-${offer.kind}-${offer.variant ?? ''}-${i}`}>
                  <text x={8} y={rowY + 17} className="bar-label">
                    {`${offer.provider} · ${labels.kind(offer.kind)}`}
                  </text>
                  <rect
                    x={LABEL}
                    y={rowY + 5}
                    width={w}
                    height={ROW - 10}
                    className={offer.network === 'depin' ? 'bar-depin' : 'bar-cloud'}
                    fill={offer.network === 'depin' ? `url(#${id}-hatch)` : undefined}
                  />
                  {offer.range && (
                    <line
                      x1={LABEL + scale(offer.range.min)}
                      x2={LABEL + scale(offer.range.max)}
                      y1={rowY + ROW / 2}
                      y2={rowY + ROW / 2}
                      className="bar-range"
                    />
                  )}
                  <text
                    x={LABEL + Math.max(w, offer.range ? scale(offer.range.max) : 0) + 6}
                    y={rowY + 17}
                    className="bar-value"
                  >
                    {formatPrice(locale, offer.usdPerGpuHour)}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
