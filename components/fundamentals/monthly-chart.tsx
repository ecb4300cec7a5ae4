import { getLocale, getTranslations } from 'next-intl/server';

import { TableScroll } from '@/components/layout/table-scroll';
import { dateFormat, formatUsdCompact } from '@/lib/format';
import type { MonthRow } from '@/lib/fundamentals/reshape';

const WIDTH = 320;
const BAR_HEIGHT = 10;
const ROW_HEIGHT = 30;
const LABEL = 64;

/**
 * Revenue against the value of tokens issued, per month: a server-drawn SVG (no script) with the
 * same figures as a table beside it. Bars differ by pattern as well as colour.
 */
export async function MonthlyChart({ rows, name }: { rows: MonthRow[]; name: string }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('Fundamentals')]);
  const max = Math.max(1, ...rows.flatMap((r) => [r.revenueUsd, r.issuedUsd ?? 0]));
  const monthLabel = (month: string) =>
    dateFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
  const scale = (v: number) => Math.max(1, ((WIDTH - LABEL - 8) * v) / max);
  const daysIn = (month: string) =>
    new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
  return (
    <figure className="monthly-chart">
      <figcaption>{t('chartCaption', { name })}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${rows.length * ROW_HEIGHT}`}
        role="img"
        aria-label={t('chartCaption', { name })}
        width="100%"
      >
        <defs>
          <pattern id="issued-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="4" height="4" fill="var(--muted, #888)" opacity="0.35" />
            <line x1="0" y1="0" x2="0" y2="4" stroke="var(--muted, #888)" strokeWidth="2" />
          </pattern>
        </defs>
        {rows.map((row, i) => (
          <g key={row.month} transform={`translate(0 ${i * ROW_HEIGHT})`}>
            <text x="0" y={BAR_HEIGHT + 4} fontSize="9">
              {monthLabel(row.month)}
            </text>
            <rect x={LABEL} y="2" height={BAR_HEIGHT} width={scale(row.revenueUsd)} fill="var(--accent, #2563eb)" />
            {row.issuedUsd != null && (
              <rect
                x={LABEL}
                y={BAR_HEIGHT + 4}
                height={BAR_HEIGHT}
                width={scale(row.issuedUsd)}
                fill="url(#issued-hatch)"
              />
            )}
          </g>
        ))}
      </svg>
      <TableScroll label={t('chartCaption', { name })}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('month')}</th>
              <th scope="col" className="num">
                {t('revenue')}
              </th>
              <th scope="col" className="num">
                {t('issued')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.month}>
                <th scope="row">
                  {monthLabel(row.month)}
                  {row.days < daysIn(row.month) && (
                    <span className="muted"> ({t('partialMonth', { days: row.days })})</span>
                  )}
                </th>
                <td className="num">{formatUsdCompact(locale, row.revenueUsd)}</td>
                <td className="num">
                  {row.issuedUsd == null
                    ? t('nullReason.no-issuance-schedule')
                    : formatUsdCompact(locale, row.issuedUsd)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </figure>
  );
}
