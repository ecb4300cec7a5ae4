import { dateFormat, formatDate } from '@/lib/format';

/** A source's date as precise as the source: "March 2026" for YYYY-MM, a full date otherwise. */
export function formatOfferDate(locale: string, date: string): string {
  if (/^\d{4}-\d{2}$/.test(date))
    return dateFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${date}-01`));
  return formatDate(locale, date);
}

/** ICU select keys cannot contain "-": `on-demand` is passed as `ondemand`. */
export function kindKey(kind: 'on-demand' | 'spot' | 'reserved' | 'bid'): string {
  return kind === 'on-demand' ? 'ondemand' : kind;
}
