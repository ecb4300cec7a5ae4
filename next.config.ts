import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  env: {
    // Inlined at build time: the ISR period of market pages is fixed for a deploy (DESIGN.md).
    MARKET_REVALIDATE_SECONDS: process.env.MARKET_REVALIDATE_SECONDS ?? '3600',
  },
  experimental: {
    // Small stylesheet: inlining it saves a render-blocking request on every first visit.
    inlineCss: true,
  },
};

export default withNextIntl(nextConfig);
