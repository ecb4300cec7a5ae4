import path from 'node:path';

import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

import { addCompileHints } from './lib/build/compile-hints';
import { routing } from './lib/i18n/routing';
import { TOKENS } from './lib/market/registry';
import { SORT_KEYS } from './lib/market/sort';

const withNextIntl = createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  experimental: {
    // Messages are compiled from ICU at build time: pages that format messages in the browser
    // (the tools) ship no ICU parser and parse nothing at runtime.
    messages: { path: './locales', format: 'json', locales: 'infer', precompile: true },
  },
});

// Static and ISR pages are shared by every reader, so they cannot carry per-request nonces: Next's
// inline hydration scripts need 'unsafe-inline' for scripts, and next/font plus chart libraries
// set inline styles. No 'unsafe-eval', no third-party origins, no framing.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

const nextConfig: NextConfig = {
  // The live end-to-end suite builds a second copy against a stand-in API beside the default one.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // server.mjs (`npm start`) compresses with brotli itself and sets this to false; a bare
  // `next start` gzips. Behind a CDN or nginx that compresses (deploy/), NEXT_COMPRESS=false spares
  // Node that per-request work either way.
  compress: process.env.NEXT_COMPRESS !== 'false',
  // The site serves no raster images through next/image; the optimizer endpoint only invites abuse.
  images: { unoptimized: true, localPatterns: [{ pathname: '/images/**' }], remotePatterns: [] },
  reactStrictMode: true,
  env: {
    // Inlined at build time: the ISR period of market pages is fixed for a deploy (DESIGN.md).
    MARKET_REVALIDATE_SECONDS: process.env.MARKET_REVALIDATE_SECONDS ?? '3600',
  },
  async headers() {
    // Development needs eval for fast refresh; production never does.
    if (process.env.NODE_ENV !== 'production') return [];
    // A regex source, not /:path*: Next decodes named params and would fail on malformed paths.
    return [{ source: '/(.*)', headers: securityHeaders }];
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
  // The market table's sort links (`/en/market?sort=price-asc`) are served by a statically
  // regenerated page per order: reading searchParams in /market would render it on every request.
  async rewrites() {
    const locales = routing.locales.join('|');
    return {
      beforeFiles: [
        {
          source: `/:locale(${locales})/market`,
          has: [{ type: 'query', key: 'sort', value: `(?<sort>(?:${SORT_KEYS.join('|')})-(?:asc|desc))` }],
          destination: '/:locale/market/sorted/:sort',
        },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  // With REDIS_URL (at build and start) every instance shares the ISR and data cache through Redis,
  // with a local LRU behind it; without it Next keeps its own cache on disk, as before.
  ...(process.env.REDIS_URL ? { cacheHandler: path.resolve('lib/cache/handler.mjs'), cacheMaxMemorySize: 0 } : {}),
  compiler: {
    // The framework's chunks compiled off the main thread as they load (lib/build/compile-hints.ts).
    async runAfterProductionCompile({ distDir }) {
      const chunks = await addCompileHints({ distDir });
      console.log(
        `compile hints: ${chunks.filter((chunk) => chunk.added).length} of ${chunks.length} framework chunks`,
      );
    },
  },
  experimental: {
    // Small stylesheet: inlining it saves a render-blocking request on every first visit.
    inlineCss: true,
  },
};

export default withNextIntl(nextConfig);
