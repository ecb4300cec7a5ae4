// The shared ISR and data cache, used when REDIS_URL is set at build and start (next.config.ts).
// Every instance reads and writes the same Redis through @fortedigital/nextjs-cache-handler; a
// local LRU stands behind it, so an instance keeps serving while Redis is down and uses Redis
// again as soon as the client has reconnected.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import { createClient } from 'redis';

const REDIS_TIMEOUT_MS = 500;

function buildId() {
  try {
    return readFileSync(path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'), 'utf8').trim();
  } catch {
    return 'build';
  }
}

CacheHandler.onCreation(async () => {
  if (globalThis.__depinCacheConfig) return globalThis.__depinCacheConfig;
  const local = createLruHandler();
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD || !process.env.REDIS_URL) {
    return (globalThis.__depinCacheConfig = { handlers: [local] });
  }

  const client = createClient({
    url: process.env.REDIS_URL,
    // Fail at once while disconnected instead of queueing: a request must not wait for Redis.
    disableOfflineQueue: true,
    socket: { connectTimeout: 1000, reconnectStrategy: (retries) => Math.min(250 * 2 ** retries, 5000) },
  });
  let lastError = '';
  client.on('error', (error) => {
    // One line per distinct failure, not one per reconnect attempt.
    if (error.message !== lastError)
      console.warn(JSON.stringify({ level: 'warn', event: 'cache.redis_error', message: error.message }));
    lastError = error.message;
  });
  client.on('ready', () => {
    lastError = '';
    console.info(JSON.stringify({ level: 'info', event: 'cache.redis_ready' }));
  });
  // Do not hold the server back for an absent Redis: the client keeps reconnecting in the background.
  await Promise.race([client.connect().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 1500))]);

  const shared = createRedisHandler({
    client,
    // One deploy's instances share a build id, and so a key space; a new deploy starts clean.
    keyPrefix: `depin:${buildId()}:`,
    timeoutMs: REDIS_TIMEOUT_MS,
  });
  return (globalThis.__depinCacheConfig = { handlers: [shared, local] });
});

export default CacheHandler;
