'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

interface Props {
  label: string;
  /** Localized on the server: `/ru/market`. */
  items: Array<{ href: string; text: string }>;
}

// The site's three sections. The one being read is marked for assistive technology and is not
// prefetched (its data is already here); the others are, so moving between them is instant.
export function SiteNav({ label, items }: Props) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="site-nav">
      <ul>
        {items.map(({ href, text }) => {
          const current = href === pathname;
          return (
            <li key={href}>
              <Link href={href} prefetch={current ? false : null} aria-current={current ? 'page' : undefined}>
                {text}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
