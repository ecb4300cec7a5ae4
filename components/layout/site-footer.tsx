import { getTranslations } from 'next-intl/server';

import { LocaleLink as Link } from '@/components/layout/locale-link';
import { TOKENS } from '@/lib/market/registry';

export async function SiteFooter() {
  const t = await getTranslations('Footer');
  const nav = await getTranslations('Nav');
  return (
    <footer className="site-footer">
      <div className="container footer-grid">
        <div>
          <p className="footer-disclaimer">{t('disclaimer')}</p>
          <p>
            {t.rich('data', {
              link: (chunks) => (
                <a href="https://www.coingecko.com" rel="noopener">
                  {chunks}
                </a>
              ),
            })}
          </p>
        </div>
        <nav aria-label={t('tokens')}>
          <h2 className="footer-heading">{t('tokens')}</h2>
          <ul className="footer-tokens">
            {TOKENS.map((token) => (
              <li key={token.slug}>
                <Link href={`/tokens/${token.slug}`}>
                  {token.name} <span className="ticker">{token.symbol}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label={t('sections')}>
          <h2 className="footer-heading">{t('sections')}</h2>
          <ul>
            <li>
              <Link href="/">{nav('guide')}</Link>
            </li>
            <li>
              <Link href="/market">{nav('market')}</Link>
            </li>
            <li>
              <Link href="/tools">{nav('tools')}</Link>
            </li>
            <li>
              <Link href="/glossary">{nav('glossary')}</Link>
            </li>
            <li>
              <Link href="/updates">{nav('updates')}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
