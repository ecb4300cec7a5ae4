import localFont from 'next/font/local';

// Inter from @fontsource-variable/inter (no network at build). Latin and Cyrillic are separate
// files so a page downloads only the scripts it shows; unicode-range lets the browser choose.
// The Latin file is preloaded; 'optional' keeps a late font from swapping in and shifting layout.
// With 'optional' a fallback is never swapped out, so it needs no metric-matched face: next/font's
// default `src: local(Arial)` face cost a synchronous font lookup (about 15 ms on Linux Chromium)
// in the first layout of every page, for a font that is often not installed.
export const interLatin = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  variable: '--font-latin',
  weight: '100 900',
  display: 'optional',
  adjustFontFallback: false,
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD',
    },
  ],
});

export const interCyrillic = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-cyrillic-wght-normal.woff2',
  variable: '--font-cyrillic',
  weight: '100 900',
  display: 'optional',
  adjustFontFallback: false,
  // Only Russian pages need it; unicode-range fetches it there, so English and Spanish pages do
  // not spend a preload on it.
  preload: false,
  declarations: [{ prop: 'unicode-range', value: 'U+0301, U+0400-045F, U+0490-0491, U+04B0-04B1, U+2116' }],
});
