'use client';

import { usePathname } from 'next/navigation';
import type { MouseEvent } from 'react';

interface Props {
  current: string;
  locales: readonly string[];
  names: Record<string, string>;
  label: string;
}

// Plain links, so the switcher works before (and without) JavaScript; on click it carries the
// query string and anchor along, keeping the reader on the same spot of the same page, and
// remembers the choice.
export function LocaleSwitcher({ current, locales, names, label }: Props) {
  const rest = (usePathname() ?? '/').replace(/^\/[^/]+/, '');
  const keepPlace = (event: MouseEvent<HTMLAnchorElement>, locale: string) => {
    event.currentTarget.href += window.location.search + window.location.hash;
    // The reader's explicit choice: `/` sends them here next time (the proxy reads this cookie).
    document.cookie = `NEXT_LOCALE=${locale}; path=/; max-age=31536000; samesite=lax`;
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
              aria-current={locale === current ? 'true' : undefined}
              onClick={(event) => keepPlace(event, locale)}
            >
              <span aria-hidden="true">{locale.toUpperCase()}</span>
              <span className="visually-hidden">{names[locale]}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
