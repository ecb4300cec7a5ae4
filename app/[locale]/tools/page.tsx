import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';

import { JsonLd } from '@/components/layout/json-ld';
import type { PresetView } from '@/components/tools/preset-picker';
import { toolResults } from '@/components/tools/tool-results';
import { ToolsApp } from '@/components/tools/tools-app';
import { formatAsOf } from '@/lib/format';
import type { Locale } from '@/lib/i18n/routing';
import { getMarketOverview, type TokenQuote } from '@/lib/market';
import { getToken } from '@/lib/market/registry';
import { breadcrumbLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { ALL_PARAMS, parseToolState } from '@/lib/tokenomics/params';
import { PRESETS } from '@/lib/tokenomics/presets';

export async function generateMetadata({ params }: PageProps<'/[locale]/tools'>): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return pageMetadata({
    locale,
    path: '/tools',
    title: t('toolsTitle'),
    description: t('toolsDescription'),
    siteName: t('siteName'),
  });
}

const PRESET_NAME = { render: 'presetRender', helium: 'presetHelium', akash: 'presetAkash' } as const;

export default async function ToolsPage({ params, searchParams }: PageProps<'/[locale]/tools'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [query, t, nav, td, messages, overview] = await Promise.all([
    searchParams,
    getTranslations('Tools'),
    getTranslations('Nav'),
    getTranslations('Data'),
    getMessages(),
    getMarketOverview(),
  ]);
  // Only the tool's own parameters are read; anything else in the query string is ignored.
  const initial = Object.fromEntries(
    ALL_PARAMS.map((s) => {
      const value = query[s.name];
      return [s.name, (Array.isArray(value) ? value[0] : value)?.slice(0, 64) ?? String(s.default)];
    }),
  );

  // Each quote names its own source (a snapshot quote may be a perpetual-futures close) and date.
  const sourceName = (q: TokenQuote) =>
    td('sourceName', { name: q.source.name, kind: q.source.kind, market: q.source.market ?? '' });
  const presets: PresetView[] = PRESETS.map((preset) => {
    const token = getToken(preset.token)!;
    const quote = overview.quotes.find((q) => q.slug === preset.token);
    const values = Object.fromEntries(Object.entries(preset.values).map(([k, v]) => [k, String(v)]));
    if (quote && preset.tool === 'bme') {
      values.price = String(quote.priceUsd);
      if (quote.circulatingSupply) values.supply = String(Math.round(quote.circulatingSupply));
    }
    if (quote && preset.tool === 'provider') values.tokenPrice = String(quote.priceUsd);
    return {
      id: preset.id,
      name: t(PRESET_NAME[preset.id]),
      values,
      assumptions: preset.assumptions.map((name) => t(`field.${name}` as 'field.demand')),
      priceNote: quote
        ? t('presetPrice', {
            source:
              overview.source === 'snapshot' ? `${sourceName(quote)} (${td('snapshotBadge')})` : sourceName(quote),
            when: formatAsOf(locale, quote.asOf),
          })
        : t('presetNoPrice', { symbol: token.symbol }),
      sources: [...preset.sources],
    };
  });

  return (
    <div className="container">
      <JsonLd
        data={breadcrumbLd(locale, [
          { name: nav('guide'), path: '/' },
          { name: nav('tools'), path: '/tools' },
        ])}
      />
      <header className="page-header">
        <h1>{t('title')}</h1>
        <p className="lead">{t('lead')}</p>
        <p className="muted">{t('note')}</p>
      </header>
      <NextIntlClientProvider messages={{ Tools: messages.Tools }}>
        <ToolsApp
          locale={locale}
          initial={initial}
          presets={presets}
          initialResults={toolResults(
            locale,
            parseToolState((name) => initial[name]),
          )}
        />
      </NextIntlClientProvider>
    </div>
  );
}
