import NextLink from 'next/link';
import { getLocale } from 'next-intl/server';
import type { ComponentProps } from 'react';

import type { Locale } from '@/lib/i18n/routing';
import { localizedPath } from '@/lib/seo/urls';

type Props = Omit<ComponentProps<typeof NextLink>, 'href'> & { href: string };

/**
 * A link to one of our pages in the reader's locale, resolved on the server: `/market` becomes
 * `/ru/market`. Unlike next-intl's client Link it pulls no i18n runtime into the browser: the guide
 * ships no more JavaScript than its locale switcher needs.
 */
export async function LocaleLink({ href, prefetch = false, ...props }: Props) {
  const locale = (await getLocale()) as Locale;
  const [path = '/', hash] = href.split('#');
  const localized = localizedPath(locale, path);
  // Pages list many links (tokens in tables, maps, the footer): prefetching each one in view would
  // spend a phone's data on pages it may never open. (`false` also turns off Next's prefetch on
  // hover; the header's section links, in SiteNav, keep the default.)
  return <NextLink href={hash ? `${localized}#${hash}` : localized} prefetch={prefetch} {...props} />;
}
