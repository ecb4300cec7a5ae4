// What `npm start` and `npm run serve` run: Next's request handler behind brotli/gzip compression
// (lib/server/compression.mjs says why), with the framework's scripts loaded after the first paint
// (lib/server/paint-first.mjs). Everything else is Next's: routing, ISR, the proxy.
//   node server.mjs [-p 3000] [-H 0.0.0.0]      (PORT and HOSTNAME work too)
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

import { CompressedCache, compressResponse } from './lib/server/compression.mjs';
import { paintFirst } from './lib/server/paint-first.mjs';

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
// Pages rewritten by paintFirst, by ETag, in the same kind of LRU (the guide is about 0.5 MB a locale).
const rewritten = new CompressedCache(32 * 1024 * 1024);

await app.prepare();
const server = createServer((req, res) => {
  if (compress) compressResponse(req, res, cache);
  // PAINT_FIRST=false serves Next's HTML as it is (for comparing, or behind a proxy that rewrites).
  if (process.env.PAINT_FIRST !== 'false') paintFirst(req, res, rewritten);
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
