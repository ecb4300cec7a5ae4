// Locale-aware number and date formatting shared by server components and client leaves.
// Pure Intl: `$7.11` in English, `7,11 $` in Russian, `7,11 US$` in Spanish.

// Building an Intl formatter loads locale data (milliseconds each in a browser, and a page formats
// hundreds of figures, a chart on every tick), so each locale and option set is built once per
// process or page. Charts with their own options use numberFormat and dateFormat directly.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

export function formatPrice(locale: string, usd: number): string {
  const digits = usd >= 1 ? { minimumFractionDigits: 2, maximumFractionDigits: 2 } : { maximumSignificantDigits: 4 };
  return numberFormat(locale, { style: 'currency', currency: 'USD', ...digits }).format(usd);
}

export function formatUsdCompact(locale: string, usd: number): string {
  return numberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    maximumFractionDigits: usd >= 1e9 ? 2 : 1,
  }).format(usd);
}

export function formatPercent(locale: string, percent: number, signed = true): string {
  return numberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 2,
    minimumFractionDigits: 2,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(percent / 100);
}

export function formatShare(locale: string, share: number): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

export function formatAmount(locale: string, value: number, maximumFractionDigits = 0): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

export function formatCompact(locale: string, value: number): string {
  return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 2 }).format(value);
}

export function formatDate(locale: string, iso: string | number): string {
  return dateFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
}

export function formatDateTime(locale: string, iso: string): string {
  return dateFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/** An `asOf` as readers should see it: a plain date (a record that gives only the day) as a date, else date and time. */
export function formatAsOf(locale: string, iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatDate(locale, iso) : formatDateTime(locale, iso);
}

/** The UTC day of an `asOf`, for comparing the dates of figures. */
export function dayOf(iso: string): string {
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso).toISOString().slice(0, 10);
}
