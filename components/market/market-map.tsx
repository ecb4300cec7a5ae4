import { getLocale, getTranslations } from 'next-intl/server';
import type { CSSProperties } from 'react';

import { LocaleLink as Link } from '@/components/layout/locale-link';
import { formatPercent, formatPrice, formatShare, formatUsdCompact } from '@/lib/format';
import { getLayerSummaries } from '@/lib/market';
import { getToken, TOKENS } from '@/lib/market/registry';
import { CHANGE_CLASSES, CHANGE_STEPS, changeClass, layoutTreemap, type Rect } from '@/lib/market/treemap';

import { Change } from './change';
import { DataNote } from './data-note';

// Wide screens get one squarified treemap; phones get full-width layer bands, each its own treemap
// (see .treemap in globals.css). Both layouts are computed here and sent as CSS variables on the
// same elements, so the figure ships no layout code and the DOM (and focus order) is the same.
const WIDE = { aspect: 16 / 9, arrangement: 'squarify' } as const;
const NARROW = { aspect: 3 / 5, arrangement: 'stacked' } as const;

function position(wide: Rect | undefined, narrow: Rect | undefined): CSSProperties {
  const pct = (v: number | undefined) => `${((v ?? 0) * 100).toFixed(4)}%`;
  return {
    '--x': pct(wide?.x),
    '--y': pct(wide?.y),
    '--w': pct(wide?.w),
    '--h': pct(wide?.h),
    '--nx': pct(narrow?.x),
    '--ny': pct(narrow?.y),
    '--nw': pct(narrow?.w),
    '--nh': pct(narrow?.h),
  } as CSSProperties;
}

export async function MarketMap() {
  const [{ overview, layers }, locale, t, tl, td] = await Promise.all([
    getLayerSummaries(),
    getLocale(),
    getTranslations('MarketMap'),
    getTranslations('Layers'),
    getTranslations('Data'),
  ]);
  const input = layers.map((l) => ({
    layer: l.layer,
    tokens: TOKENS.filter((token) => token.layer === l.layer).map((token) => ({
      slug: token.slug,
      marketCapUsd: overview.quotes.find((q) => q.slug === token.slug)?.marketCapUsd ?? null,
    })),
  }));
  const wide = layoutTreemap(input, WIDE);
  const narrow = layoutTreemap(input, NARROW);
  const anyEnlarged = wide.layers.some((l) => l.tiles.some((tile) => tile.enlarged));
  const steps = CHANGE_CLASSES.map((cls, i) => {
    const low = CHANGE_STEPS[i - 1];
    const high = CHANGE_STEPS[i];
    const range =
      low === undefined
        ? t('below', { value: formatPercent(locale, high ?? 0) })
        : high === undefined
          ? t('above', { value: formatPercent(locale, low) })
          : t('between', { low: formatPercent(locale, low), high: formatPercent(locale, high) });
    return { cls, range };
  });

  return (
    <figure className="market-map" aria-labelledby="market-map-caption">
      <figcaption id="market-map-caption">
        <strong>{t('title')}</strong> <span className="muted">{t('caption')}</span>
        {anyEnlarged && (
          <span className="muted"> {t('minimum', { share: formatShare(locale, wide.minShare) })}</span>
        )}{' '}
        <Link href="/market#layers-title">{t('asTable')}</Link>
      </figcaption>
      {wide.layers.length > 0 && (
        <div className="treemap">
          {wide.layers.map((layer) => {
            const narrowLayer = narrow.layers.find((l) => l.layer === layer.layer);
            const summary = layers.find((l) => l.layer === layer.layer);
            const name = tl('name', { layer: layer.layer });
            return (
              <section
                key={layer.layer}
                className={`treemap-layer treemap-layer-${layer.layer}`}
                style={position(layer.rect, narrowLayer?.rect)}
                aria-label={name}
              >
                <h3 className="treemap-layer-label">
                  {name}{' '}
                  <span className="treemap-layer-figures">
                    {t('layerFigures', {
                      cap: formatUsdCompact(locale, layer.marketCapUsd),
                      share: formatShare(locale, layer.share),
                    })}{' '}
                    <Change locale={locale} value={summary?.change24h ?? null} fallback="" />
                  </span>
                </h3>
                <ul>
                  {layer.tiles.map((tile) => {
                    const quote = overview.quotes.find((q) => q.slug === tile.slug);
                    const token = getToken(tile.slug);
                    const narrowTile = narrowLayer?.tiles.find((n) => n.slug === tile.slug);
                    return (
                      <li
                        key={tile.slug}
                        className={`treemap-tile change-step-${changeClass(quote?.change24h)}`}
                        style={position(tile.inLayer, narrowTile?.inLayer)}
                        data-token={tile.slug}
                        data-market-cap={tile.marketCapUsd}
                        data-enlarged={tile.enlarged || undefined}
                      >
                        <Link href={`/tokens/${tile.slug}`}>
                          <span>
                            <span className="tile-symbol">{token?.symbol}</span>
                            {tile.enlarged && <span aria-hidden="true">*</span>}
                          </span>{' '}
                          <span className="tile-name">{token?.name}</span>{' '}
                          <span className="tile-figures">
                            <span className="tile-share">
                              {t('tileShare', { share: formatShare(locale, tile.share) })}
                            </span>{' '}
                            {quote && <span className="tile-price">{formatPrice(locale, quote.priceUsd)}</span>}{' '}
                            <Change locale={locale} value={quote?.change24h ?? null} fallback={td('noData')} />
                          </span>
                        </Link>
                      </li>
                    );
                  })}
                </ul>
              </section>
            );
          })}
        </div>
      )}
      <div className="treemap-legend">
        <span className="muted">{t('legend')}</span>
        <ul>
          {steps.map(({ cls, range }) => (
            <li key={cls}>
              <span className={`treemap-swatch change-step-${cls}`} aria-hidden="true" /> {range}
            </li>
          ))}
        </ul>
      </div>
      {wide.omitted.length > 0 && (
        <p className="muted treemap-omitted">
          {t('omitted')}{' '}
          {wide.omitted.map((slug, i) => (
            <span key={slug}>
              {i > 0 && ', '}
              <Link href={`/tokens/${slug}`}>{getToken(slug)?.name}</Link>
            </span>
          ))}
        </p>
      )}
      <DataNote overview={overview} showMissing />
    </figure>
  );
}
