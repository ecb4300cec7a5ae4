'use client';

import { usePathname } from 'next/navigation';
import type { MouseEvent } from 'react';

interface Props {
  current: string;
  locales: readonly string[];
  names: Record<string, string>;
  label: string;
  /** `path=/; max-age=…; samesite=lax` (and `secure` on https), from lib/i18n/locale-cookie. */
  cookieAttributes: string;
}

// The reader's explicit choice: `/` sends them here next time (the proxy reads this cookie).
function rememberLocale(locale: string, attributes: string) {
  document.cookie = `NEXT_LOCALE=${locale}; ${attributes}`;
}

// Plain links, so the switcher works before (and without) JavaScript; on click it carries the
// query string and anchor along, keeping the reader on the same spot of the same page, and
// remembers the choice. Each link is named by its language in that language (`lang` covers the
// label) and keeps the visible code in its name, so a screen reader says "Русский" and speech
// input still answers to "RU". The name is an attribute, not hidden text, so no page lays out (or
// downloads a font for) a script it does not show.
export function LocaleSwitcher({ current, locales, names, label, cookieAttributes }: Props) {
  const rest = (usePathname() ?? '/').replace(/^\/[^/]+/, '');
  const keepPlace = (event: MouseEvent<HTMLAnchorElement>, locale: string) => {
    event.currentTarget.href += window.location.search + window.location.hash;
    rememberLocale(locale, cookieAttributes);
  };

  return (
    <nav aria-label={label} className="locale-switcher">
      <ul>
        {locales.map((locale) => (
          <li key={locale}>
            <a
              href={`/${locale}${rest}`}
              hrefLang={locale}
              lang={locale}
              aria-label={`${locale.toUpperCase()}, ${names[locale]}`}
              aria-current={locale === current ? 'true' : undefined}
              onClick={(event) => keepPlace(event, locale)}
            >
              {locale.toUpperCase()}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
