import { getTranslations } from 'next-intl/server';
import { LocaleLink as Link } from '@/components/layout/locale-link';
import { routing, type Locale } from '@/lib/i18n/routing';
import { LocaleSwitcher } from './locale-switcher';

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
        <nav aria-label={t('primary')} className="site-nav">
          <ul>
            <li>
              <Link href="/" prefetch={null}>
                {t('guide')}
              </Link>
            </li>
            <li>
              <Link href="/market" prefetch={null}>
                {t('market')}
              </Link>
            </li>
            <li>
              <Link href="/tools" prefetch={null}>
                {t('tools')}
              </Link>
            </li>
          </ul>
        </nav>
        <LocaleSwitcher current={locale} locales={routing.locales} names={names} label={tl('label')} />
      </div>
    </header>
  );
}
