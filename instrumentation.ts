// With a shared cache, the pages prerendered at build are copied into it when an instance starts,
// so every instance serves them from Redis from the first request on.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || !process.env.REDIS_URL) return;
  const { registerInitialCache } = await import('@fortedigital/nextjs-cache-handler/instrumentation');
  const { default: CacheHandler } = await import('./lib/cache/handler.mjs');
  // Entries already there are newer (another instance regenerated them): keep them.
  await registerInitialCache(CacheHandler, {
    buildDir: process.env.NEXT_DIST_DIR || '.next',
    setOnlyIfNotExists: true,
  });
}
