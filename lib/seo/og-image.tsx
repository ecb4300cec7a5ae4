import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { ImageResponse } from 'next/og';
import { getTranslations } from 'next-intl/server';

import { type Locale, routing } from '@/lib/i18n/routing';
import { TOKENS } from '@/lib/market/registry';

export const OG_SIZE = { width: 1200, height: 630 };
const TICKERS = TOKENS.map((token) => token.symbol).join(' · ');

// Satori reads WOFF, not WOFF2: static Inter from @fontsource/inter, Latin and Cyrillic.
const fontFile = (name: string) => readFile(path.join(process.cwd(), 'node_modules/@fontsource/inter/files', name));
const fonts = Promise.all([
  fontFile('inter-latin-700-normal.woff'),
  fontFile('inter-cyrillic-700-normal.woff'),
  fontFile('inter-latin-400-normal.woff'),
  fontFile('inter-cyrillic-400-normal.woff'),
]);

/** The social preview of one page in one language: its title, on the site's colours. */
export async function renderOgImage({ title, kicker, siteName }: { title: string; kicker: string; siteName: string }) {
  const [latinBold, cyrillicBold, latin, cyrillic] = await fonts;
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: 'linear-gradient(135deg, #0d1117 0%, #1f2647 60%, #2e1f3d 100%)',
        color: '#e8ebf1',
        fontFamily: 'Inter, "Inter Cyrillic"',
      }}
    >
      <div style={{ display: 'flex', fontSize: 30, color: '#aab6ff', fontWeight: 400 }}>{kicker}</div>
      <div style={{ display: 'flex', fontSize: title.length > 70 ? 56 : 68, fontWeight: 700, lineHeight: 1.15 }}>
        {title}
      </div>
      <div
        style={{ display: 'flex', justifyContent: 'space-between', fontSize: 28, color: '#a7b0bf', fontWeight: 400 }}
      >
        <span>{siteName}</span>
        <span>{TICKERS}</span>
      </div>
    </div>,
    {
      ...OG_SIZE,
      fonts: [
        { name: 'Inter', data: latinBold, weight: 700, style: 'normal' },
        { name: 'Inter', data: latin, weight: 400, style: 'normal' },
        // A second family: Satori falls back to it for the glyphs the Latin files lack.
        { name: 'Inter Cyrillic', data: cyrillicBold, weight: 700, style: 'normal' },
        { name: 'Inter Cyrillic', data: cyrillic, weight: 400, style: 'normal' },
      ],
    },
  );
}

type PageTitle = 'guideTitle' | 'marketTitle' | 'toolsTitle' | 'glossaryTitle' | 'updatesTitle' | 'computeTitle';

/** The social image of a page that exists once per locale: its Metadata title over a kicker. */
export function localizedPageImage(
  title: PageTitle,
  kicker: { namespace: 'Guide' | 'Market' | 'Tools' | 'Glossary' | 'Updates' | 'Compute'; key: 'kicker' | 'title' },
) {
  return async function Image({ params }: { params: Promise<{ locale: string }> }) {
    const locale = (await params).locale as Locale;
    const [t, k] = await Promise.all([
      getTranslations({ locale, namespace: 'Metadata' }),
      getTranslations({ locale, namespace: kicker.namespace }),
    ]);
    return renderOgImage({ title: t(title), kicker: k(kicker.key as never), siteName: t('siteName') });
  };
}

export function localeParams() {
  return routing.locales.map((locale) => ({ locale }));
}
