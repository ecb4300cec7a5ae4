import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';

import { routing } from './routing';

export default getRequestConfig(async ({ locale: explicit, requestLocale }) => {
  // A locale passed to getTranslations({ locale }) needs no request: social-image metadata is also
  // computed while generating static params, where reading the request's locale fails the build.
  const requested = explicit ?? (await requestLocale);
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: (await import(`../../locales/${locale}.json`)).default,
    // Dates are written for every reader alike; "as of" times carry their zone explicitly.
    timeZone: 'UTC',
  };
});
