import { getTranslations } from 'next-intl/server';

import { LocaleLink as Link } from '@/components/layout/locale-link';
import { localeCookieAttributes } from '@/lib/i18n/locale-cookie';
import { type Locale, routing } from '@/lib/i18n/routing';
import { localizedPath } from '@/lib/seo/urls';

import { LocaleSwitcher } from './locale-switcher';
import { SiteNav } from './site-nav';

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations('Nav');
  const tl = await getTranslations('LocaleSwitcher');
  const names = Object.fromEntries(routing.locales.map((l) => [l, tl('name', { locale: l })]));

  return (
    <header className="site-header">
      <div className="container site-header-inner">
        <Link href="/" className="brand">
          AI+DePIN<span className="visually-hidden">: {t('home')}</span>
        </Link>
        <SiteNav
          label={t('primary')}
          items={[
            { href: localizedPath(locale, '/'), text: t('guide') },
            { href: localizedPath(locale, '/market'), text: t('market') },
            { href: localizedPath(locale, '/compute'), text: t('compute') },
            { href: localizedPath(locale, '/tools'), text: t('tools') },
          ]}
        />
        <LocaleSwitcher
          current={locale}
          locales={routing.locales}
          names={names}
          label={tl('label')}
          cookieAttributes={localeCookieAttributes()}
        />
      </div>
    </header>
  );
}
