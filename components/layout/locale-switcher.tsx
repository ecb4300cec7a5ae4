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
// query string and anchor along, keeping the reader on the same spot of the same page.
export function LocaleSwitcher({ current, locales, names, label }: Props) {
  const rest = (usePathname() ?? '/').replace(/^\/[^/]+/, '');
  const keepPlace = (event: MouseEvent<HTMLAnchorElement>) => {
    event.currentTarget.href += window.location.search + window.location.hash;
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
              onClick={keepPlace}
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
