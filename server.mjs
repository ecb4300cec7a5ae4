// What `npm start` and `npm run serve` run: Next's request handler behind brotli/gzip compression
// (lib/server/compression.mjs says why), with the framework's scripts loaded after the first paint
// (lib/server/paint-first.mjs). Everything else is Next's: routing, ISR, the proxy.
//   node server.mjs [-p 3000] [-H 0.0.0.0]      (PORT and HOSTNAME work too)
import { createServer, get } from 'node:http';
import { parseArgs } from 'node:util';

import { CompressedCache, compressResponse } from './lib/server/compression.mjs';
import { PaintCache, paintFirst, PAYLOAD_PREFIX, servePayload } from './lib/server/paint-first.mjs';

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? '0.0.0.0';

// NEXT_COMPRESS=false (a CDN or nginx in front compresses) turns compression off here too. Either
// way Next must not gzip a second time (next.config.ts reads this when the app is prepared).
const compress = process.env.NEXT_COMPRESS !== 'false';
process.env.NEXT_COMPRESS = 'false';
// As `next start` does, and before Next and React load: they pick their builds from it.
process.env.NODE_ENV = 'production';
const { default: next } = await import('next');
const app = next({ dev: false, dir: import.meta.dirname, hostname, port });
const handle = app.getRequestHandler();
// Best-level bodies by ETag, least recently used dropped past COMPRESSED_CACHE_MB.
const cache = new CompressedCache(Number(process.env.COMPRESSED_CACHE_MB ?? 64) * 1024 * 1024);
// Pages rewritten by paintFirst, by ETag, and their RSC payloads (the guide is 0.4-0.5 MB a locale,
// HTML and payload together; a crawl of all three locales fits).
const rewritten = new PaintCache(64 * 1024 * 1024);
const paint = process.env.PAINT_FIRST !== 'false';
/** @type {Map<string, Promise<void>>} */
const refilling = new Map();

/** Asks this server for `path` (a page whose payload it no longer holds), so that it is kept again. */
function refill(path) {
  if (!refilling.has(path)) {
    const address = server.address();
    const host =
      typeof address === 'object' && address && !/^(0\.0\.0\.0|::)$/.test(address.address)
        ? address.address
        : '127.0.0.1';
    const done = new Promise((resolve) => {
      const req = get({ host, port, path, headers: { 'accept-encoding': 'identity' }, timeout: 15_000 }, (res) => {
        res.resume();
        res.on('end', resolve).on('error', resolve);
      });
      req.on('timeout', () => req.destroy()).on('error', () => resolve(undefined));
    }).finally(() => refilling.delete(path));
    refilling.set(path, /** @type {Promise<void>} */ (done));
  }
  return /** @type {Promise<void>} */ (refilling.get(path));
}

await app.prepare();
const server = createServer((req, res) => {
  if (compress) compressResponse(req, res, cache);
  if (paint && req.url?.startsWith(PAYLOAD_PREFIX)) {
    servePayload(req, res, rewritten, refill).catch((error) => {
      console.error(error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
    return;
  }
  // PAINT_FIRST=false serves Next's HTML as it is (for comparing, or behind a proxy that rewrites).
  if (paint) paintFirst(req, res, rewritten);
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
server.listen(port, hostname, () => {
  console.log(`> Ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`);
});
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));
