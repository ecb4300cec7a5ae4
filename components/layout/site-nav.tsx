'use client';

import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';

interface Props {
  label: string;
  /** Localized on the server: `/ru/market`. */
  items: Array<{ href: string; text: string }>;
}

// The site's sections. The one being read is marked for assistive technology. The others are
// prefetched on intent (pointer over, touch or focus), not as soon as they are in view: prefetching
// all of them on every load cost each page four to eight RSC requests, and their parsing, while it
// was still loading (issue 19); intent comes 100-300 ms before the click, which covers a static page.
export function SiteNav({ label, items }: Props) {
  const pathname = usePathname();
  const router = useRouter();
  return (
    <nav aria-label={label} className="site-nav">
      <ul>
        {items.map(({ href, text }) => {
          const current = href === pathname;
          const prefetch = current ? undefined : () => router.prefetch(href);
          return (
            <li key={href}>
              <Link
                href={href}
                prefetch={false}
                aria-current={current ? 'page' : undefined}
                onPointerEnter={prefetch}
                onTouchStart={prefetch}
                onFocus={prefetch}
              >
                {text}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
