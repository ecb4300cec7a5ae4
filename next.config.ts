import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { routing } from './lib/i18n/routing';
import { TOKENS } from './lib/market/registry';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  // The live end-to-end suite builds a second copy against a stand-in API beside the default one.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  env: {
    // Inlined at build time: the ISR period of market pages is fixed for a deploy (DESIGN.md).
    MARKET_REVALIDATE_SECONDS: process.env.MARKET_REVALIDATE_SECONDS ?? '3600',
  },
  // Old tickers and CoinGecko ids readers may type lead to the token's page.
  async redirects() {
    const locales = routing.locales.join('|');
    return TOKENS.flatMap((token) =>
      token.aliases.map((alias) => ({
        source: `/:locale(${locales})/tokens/${alias}`,
        destination: `/:locale/tokens/${token.slug}`,
        permanent: true,
      })),
    );
  },
  experimental: {
    // Small stylesheet: inlining it saves a render-blocking request on every first visit.
    inlineCss: true,
  },
};

export default withNextIntl(nextConfig);
