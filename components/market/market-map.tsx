import { getLocale, getTranslations } from 'next-intl/server';
import { formatPrice, formatShare, formatUsdCompact } from '@/lib/format';
import { LocaleLink as Link } from '@/components/layout/locale-link';
import { getLayerSummaries } from '@/lib/market';
import { getToken, tokensInLayer } from '@/lib/market/registry';
import { Change } from './change';
import { DataNote } from './data-note';

// Server-rendered HTML and CSS: flex-grow sizes layers and tiles by market cap, so the guide
// ships no chart library for it.
export async function MarketMap() {
  const [{ overview, layers }, locale, t, tl, td] = await Promise.all([
    getLayerSummaries(),
    getLocale(),
    getTranslations('MarketMap'),
    getTranslations('Layers'),
    getTranslations('Data'),
  ]);
  const total = layers.reduce((sum, l) => sum + l.marketCapUsd, 0);

  return (
    <figure className="market-map" aria-labelledby="market-map-title">
      <figcaption>
        <strong id="market-map-title">{t('title')}</strong> <span className="muted">{t('caption')}</span>
      </figcaption>
      <div className="map-layers">
        {layers.map((layer) => {
          const name = tl('name', { layer: layer.layer });
          return (
            <section
              key={layer.layer}
              className={`map-layer map-layer-${layer.layer}`}
              style={{ flexGrow: Math.max(layer.share * 100, 8) }}
              aria-label={name}
            >
              <header className="map-layer-head">
                <h3>{name}</h3>
                <p className="muted">{tl('role', { layer: layer.layer })}</p>
                <p className="map-layer-figures">
                  <span>{t('layerCap', { cap: formatUsdCompact(locale, layer.marketCapUsd) })}</span>{' '}
                  <span>
                    {t('change', { change: '' })}
                    <Change locale={locale} value={layer.change24h} fallback={td('noData')} />
                  </span>{' '}
                  {total > 0 && <span className="muted">{t('share', { share: formatShare(locale, layer.share) })}</span>}
                </p>
              </header>
              <ul className="map-tiles">
                {tokensInLayer(layer.layer).map((token) => {
                  const quote = layer.quotes.find((q) => q.slug === token.slug);
                  const weight = quote?.marketCapUsd && layer.marketCapUsd ? quote.marketCapUsd / layer.marketCapUsd : 0;
                  return (
                    <li key={token.slug} style={{ flexGrow: Math.max(weight * 100, 12) }} className="map-tile">
                      <Link href={`/tokens/${token.slug}`}>
                        <span className="map-tile-symbol">{getToken(token.slug)?.symbol}</span>
                        <span className="map-tile-name">{token.name}</span>
                        {quote ? (
                          <span className="map-tile-figures">
                            {formatPrice(locale, quote.priceUsd)}{' '}
                            <Change locale={locale} value={quote.change24h} fallback={td('noData')} />
                          </span>
                        ) : (
                          <span className="map-tile-figures muted">{td('noData')}</span>
                        )}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </div>
      <DataNote overview={overview} showMissing />
    </figure>
  );
}
