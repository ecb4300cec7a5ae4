import type { Metadata } from 'next';
import { draftMode } from 'next/headers';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { FundamentalsSection } from '@/components/fundamentals/fundamentals-section';
import { mdxComponents } from '@/components/guide/mdx-components';
import { ReviewDates } from '@/components/guide/review-dates';
import { SourceList } from '@/components/guide/source-list';
import { JsonLd } from '@/components/layout/json-ld';
import { LocaleLink as Link } from '@/components/layout/locale-link';
import { NotFoundPage } from '@/components/layout/not-found-page';
import { Change } from '@/components/market/change';
import { DataNote } from '@/components/market/data-note';
import { PriceHistory } from '@/components/market/price-history';
import { QuoteMeta } from '@/components/market/quote-meta';
import { TokenFigures } from '@/components/market/token-figures';
import { getTokenProfile } from '@/lib/content';
import { formatPrice } from '@/lib/format';
import type { Locale } from '@/lib/i18n/routing';
import { getTokenQuote } from '@/lib/market';
import { getToken, TOKENS } from '@/lib/market/registry';
import { breadcrumbLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';

// Only the registry's tokens exist. Any other slug renders the localized 404 page (status 404, its
// text in the HTML); with dynamicParams = false Next would answer it with an empty error shell.
export const dynamicParams = true;

export function generateStaticParams() {
  return TOKENS.map((token) => ({ slug: token.slug }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/tokens/[slug]'>): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const token = getToken(slug);
  if (!token) {
    const t = await getTranslations({ locale, namespace: 'NotFound' });
    return { title: t('title'), robots: { index: false } };
  }
  const [t, tl] = await Promise.all([
    getTranslations({ locale, namespace: 'Metadata' }),
    getTranslations({ locale, namespace: 'Layers' }),
  ]);
  const layer = tl('name', { layer: token.layer }).toLowerCase();
  return pageMetadata({
    locale,
    path: `/tokens/${token.slug}`,
    title: t('tokenTitle', { name: token.name, symbol: token.symbol }),
    description: t('tokenDescription', { name: token.name, symbol: token.symbol, layer }),
    siteName: t('siteName'),
  });
}

export default async function TokenPage({ params }: PageProps<'/[locale]/tokens/[slug]'>) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  const token = getToken(slug);
  if (!token) return <NotFoundPage />;

  const [{ overview, quote }, profile, t, tl, tm, td, nav] = await Promise.all([
    getTokenQuote(token.slug),
    getTokenProfile(locale, token.slug, (await draftMode()).isEnabled),
    getTranslations('Token'),
    getTranslations('Layers'),
    getTranslations('Models'),
    getTranslations('Data'),
    getTranslations('Nav'),
  ]);
  const layerName = tl('name', { layer: token.layer });

  return (
    <article className="container token-page">
      <JsonLd
        data={breadcrumbLd(locale, [
          { name: nav('guide'), path: '/' },
          { name: nav('market'), path: '/market' },
          { name: token.name, path: `/tokens/${token.slug}` },
        ])}
      />
      <nav aria-label={nav('breadcrumb')} className="breadcrumb">
        <Link href="/market">{t('breadcrumb')}</Link> / <span aria-current="page">{token.name}</span>
      </nav>
      <header className="page-header token-header">
        <p className="kicker">{t('layer', { layer: layerName })}</p>
        <h1>
          {token.name} <span className="ticker">{token.symbol}</span>
        </h1>
        {quote ? (
          <p className="token-quote">
            <data value={quote.priceUsd} className="token-quote-price">
              {formatPrice(locale, quote.priceUsd)}
            </data>{' '}
            <Change locale={locale} value={quote.change24h} fallback={td('noData')} />
            <QuoteMeta quote={quote} overview={overview} always />
          </p>
        ) : (
          <p className="muted">{t('noQuote', { symbol: token.symbol })}</p>
        )}
        <DataNote overview={overview} />
      </header>

      <div className="token-grid">
        <section aria-labelledby="history-title" className="panel token-history">
          <h2 id="history-title">{t('history')}</h2>
          <PriceHistory slug={token.slug} />
        </section>
        <section aria-labelledby="figures-title" className="panel">
          <h2 id="figures-title">{t('figures')}</h2>
          {quote ? (
            <TokenFigures quote={quote} symbol={token.symbol} />
          ) : (
            <p className="muted">{t('noQuote', { symbol: token.symbol })}</p>
          )}
        </section>
      </div>

      <section aria-labelledby="model-title" className="panel">
        <h2 id="model-title">{t('model')}</h2>
        <p>
          <strong>{tm(`${token.model}.name`)}.</strong> {tm(`${token.model}.summary`)}
        </p>
      </section>

      <FundamentalsSection token={token} />

      {profile && (
        <section aria-labelledby="profile-title" className="token-profile">
          <h2 id="profile-title">{profile.frontmatter.title}</h2>
          <ReviewDates lastReviewed={profile.frontmatter.lastReviewed} nextReview={profile.frontmatter.nextReview} />
          <div className="prose">
            <profile.Content components={mdxComponents} />
          </div>
          <SourceList sources={profile.frontmatter.sources} id="profile" />
        </section>
      )}

      <section aria-labelledby="links-title" className="panel">
        <h2 id="links-title">{t('links')}</h2>
        <ul className="inline-list">
          <li>
            <a href={token.links.website} rel="noopener">
              {t('website')}
            </a>
          </li>
          <li>
            <a href={token.links.docs} rel="noopener">
              {t('docs')}
            </a>
          </li>
        </ul>
      </section>

      <nav aria-labelledby="others-title" className="other-tokens">
        <h2 id="others-title">{t('others')}</h2>
        <ul className="inline-list">
          {TOKENS.filter((other) => other.slug !== token.slug).map((other) => (
            <li key={other.slug}>
              <Link href={`/tokens/${other.slug}`}>
                {other.name} <span className="ticker">{other.symbol}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </article>
  );
}
