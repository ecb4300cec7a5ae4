import { defineRouting } from 'next-intl/routing';

// The one list of locales: proxy, navigation, sitemap, static params and the `Locale` type derive from it.
export const routing = defineRouting({
  locales: ['en', 'ru', 'es'],
  defaultLocale: 'en',
  localePrefix: 'always',
});

export type Locale = (typeof routing.locales)[number];
