import { getLocale } from 'next-intl/server';
import type { ComponentProps } from 'react';

import type { Locale } from '@/lib/i18n/routing';
import { localizedPath } from '@/lib/seo/urls';

type Props = Omit<ComponentProps<'a'>, 'href'> & { href: string };

/**
 * A link to one of our pages in the reader's locale, resolved on the server: `/market` becomes
 * `/ru/market`. It is a plain `<a data-nav>`, which ProseLinks (one click listener in the layout)
 * navigates on the client as Next's Link would, without prefetching: pages list many links (tokens
 * in tables and maps, the footer), and prefetching each one in view would spend a phone's data on
 * pages it may never open. As Next Link components, the 55 links of the Spanish guide were each a
 * client component the browser decoded, hydrated and mounted before the page answered; the header's
 * section links (SiteNav) stay Links and keep Next's prefetch.
 */
export async function LocaleLink({ href, children, ...props }: Props) {
  const locale = (await getLocale()) as Locale;
  const [path = '/', hash] = href.split('#');
  const localized = localizedPath(locale, path);
  return (
    <a href={hash ? `${localized}#${hash}` : localized} data-nav="" {...props}>
      {children}
    </a>
  );
}
