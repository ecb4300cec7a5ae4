// Inter (variable weight) from @fontsource-variable/inter, served from public/fonts under names
// that carry the package version, so they can be cached as immutable (next.config.ts). The
// @font-face rules are in app/globals.css; tests/unit/fonts.test.ts keeps the files, the names and
// the package in step.
//
// Latin and Cyrillic are separate files chosen by unicode-range. A page preloads the files its
// language needs, so its first layout finds them ready: 'optional' never swaps a late font in,
// and a Russian page that laid out before its Cyrillic file arrived would show its first visit in
// a system font, with Inter only in the Latin words.
import type { Locale } from '@/lib/i18n/routing';

export const INTER_VERSION = '5.3.0';

export const FONT_FILES = {
  latin: `/fonts/inter-${INTER_VERSION}-latin-wght-normal.woff2`,
  cyrillic: `/fonts/inter-${INTER_VERSION}-cyrillic-wght-normal.woff2`,
} as const;

export function fontsFor(locale: Locale): string[] {
  return locale === 'ru' ? [FONT_FILES.latin, FONT_FILES.cyrillic] : [FONT_FILES.latin];
}
