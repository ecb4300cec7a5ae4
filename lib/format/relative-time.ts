// "3 hours ago" in the reader's language without Intl.RelativeTimeFormat in the browser: building
// one costs a phone tens of milliseconds of locale data on the main thread, right after hydration.
// The server (full ICU in Node) renders each unit's phrases once per locale; the browser only picks
// a plural form (Intl.PluralRules, well under a millisecond) and puts the number in.

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 31_536_000],
  ['month', 2_592_000],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

export interface RelativeTimeLabels {
  /** For less than a minute: "this minute", "в эту минуту", "este minuto". */
  now: string;
  /** Largest unit first. `exact` holds counts said without a number ("yesterday", "позавчера");
   * `forms` one phrase per plural category, with `#` where the count goes. */
  units: Array<{ seconds: number; exact: Record<number, string>; forms: Partial<Record<Intl.LDMLPluralRule, string>> }>;
}

const cache = new Map<string, RelativeTimeLabels>();

export function relativeTimeLabels(locale: string): RelativeTimeLabels {
  const cached = cache.get(locale);
  if (cached) return cached;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const plural = new Intl.PluralRules(locale);
  const units = UNITS.map(([unit, seconds]) => {
    const exact: Record<number, string> = {};
    const forms: Partial<Record<Intl.LDMLPluralRule, string>> = {};
    // Up to 120 reaches every integer plural category of en, ru and es (ru: 1, 2, 5; en: 1, 2).
    for (let count = 1; count <= 120; count++) {
      const parts = format.formatToParts(-count, unit);
      if (!parts.some((part) => part.type === 'integer')) {
        exact[count] = parts.map((part) => part.value).join('');
      } else {
        forms[plural.select(count)] ??= parts.map((part) => (part.type === 'integer' ? '#' : part.value)).join('');
      }
    }
    return { seconds, exact, forms };
  });
  const labels = { now: format.format(0, 'minute'), units };
  cache.set(locale, labels);
  return labels;
}

/** How long ago `iso` was at `now`. A time in the future (a skewed clock) reads as "now". */
export function formatRelativeTime(labels: RelativeTimeLabels, locale: string, iso: string, now: number): string {
  const elapsed = (now - Date.parse(iso)) / 1000;
  const plural = new Intl.PluralRules(locale);
  for (const { seconds, exact, forms } of labels.units) {
    if (elapsed < seconds) continue;
    const count = Math.round(elapsed / seconds);
    // Counts stay below 1000 (years are the largest unit), so no digit grouping is needed.
    return exact[count] ?? (forms[plural.select(count)] ?? forms.other ?? '').replace('#', String(count));
  }
  return labels.now;
}
