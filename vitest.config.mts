import path from 'node:path';

import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // Marks server-only modules for Next; in unit tests they are plain modules.
      'server-only': path.resolve(import.meta.dirname, 'tests/unit/support/empty.ts'),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // next-intl's proxy imports `next/server` without an extension, which Node's ESM loader cannot
    // resolve; run through Vite, it resolves like in Next.
    server: { deps: { inline: ['next-intl'] } },
  },
});
