'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * Client navigation for the links inside prose that is sent as HTML (lib/content/static-html.ts
 * marks them `data-nav`): one listener for the whole page instead of a Link component per link.
 * A modified click (new tab, download) and anything already handled are left to the browser.
 */
export function ProseLinks() {
  const router = useRouter();
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      )
        return;
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-nav]') : null;
      if (!link || (link.target && link.target !== '_self')) return;
      event.preventDefault();
      router.push(link.getAttribute('href') ?? '/');
    };
    document.addEventListener('click', onClick);
    // The page is hydrated (server.mjs loads the framework after the first paint): tests that need
    // React's handlers, like the locale switcher's remembered choice, wait for this.
    document.documentElement.dataset.hydrated = '';
    return () => document.removeEventListener('click', onClick);
  }, [router]);
  return null;
}
