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
export async function LocaleLink({ href, ...props }: Props) {
  const locale = (await getLocale()) as Locale;
  const [path = '/', hash] = href.split('#');
  const localized = localizedPath(locale, path);
  return <NextLink href={hash ? `${localized}#${hash}` : localized} {...props} />;
}
