// Response compression for server.mjs: brotli where the browser accepts it, gzip otherwise.
//
// Next's own compression (`compress: true`) only speaks gzip, whose 32 KB window cannot see that
// an App Router page says everything twice: once as HTML and once, further down, as the RSC payload
// that hydrates it. Brotli's window can (lgwin 24 = 16 MB): the Russian guide is 113 KB gzipped,
// 67 KB as brotli at quality 5 and 54 KB at quality 11.
//
// Quality 11 costs about a second of CPU on the guide, so it never runs on a request. A response
// the first time is compressed as it streams (brotli 5 or gzip 6: as fast as Next's gzip) and
// flushed whenever Next flushes. If it carries an ETag (every prerendered or ISR page and every
// static file does), its body is then compressed again at the best level in the thread pool and
// kept, keyed by that ETag; later answers with the same ETag are sent from memory with a
// Content-Length. A regenerated page has a new ETag, so nothing stale is ever served from here.
// Compressing makes ETags weak (W/"..."), as nginx does, and Next's 304 check accepts them.
import zlib from 'node:zlib';

import { decideBeforeHeaders, header, toBuffer } from './response-hooks.mjs';

const COMPRESSIBLE =
  /^(text\/|application\/(json|javascript|xml|atom\+xml|rss\+xml|manifest\+json|ld\+json|x-javascript)|image\/svg\+xml)/i;
const MIN_BYTES = 1024;
// Bodies larger than this are streamed but not kept (nothing the site serves comes close).
const MAX_KEPT_BODY = 4 * 1024 * 1024;
// Best-level jobs waiting their turn; more are dropped (those answers keep streaming at level 5).
const MAX_QUEUED = 16;

const brotli = (quality, size) => ({
  params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
    [zlib.constants.BROTLI_PARAM_LGWIN]: 24,
    [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
    ...(size ? { [zlib.constants.BROTLI_PARAM_SIZE_HINT]: size } : {}),
  },
});

const LEVELS = {
  br: {
    stream: () => zlib.createBrotliCompress(brotli(5)),
    best: (buf, cb) => zlib.brotliCompress(buf, brotli(11, buf.length), cb),
  },
  gzip: { stream: () => zlib.createGzip({ level: 6 }), best: (buf, cb) => zlib.gzip(buf, { level: 9 }, cb) },
};

/**
 * The encoding to answer with, from an Accept-Encoding header: br, gzip, or undefined (identity).
 * Follows q-values; `*` stands for any coding not named.
 * @param {string | undefined} header
 * @returns {'br' | 'gzip' | undefined}
 */
export function negotiate(header) {
  if (!header) return undefined;
  const q = new Map();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const weight = (name) => q.get(name) ?? q.get('*') ?? 0;
  const br = weight('br');
  const gzip = Math.max(weight('gzip'), q.has('gzip') ? 0 : weight('x-gzip'));
  if (br > 0 && br >= gzip) return 'br';
  if (gzip > 0) return 'gzip';
  return undefined;
}

/** Bodies compressed at the best level, by encoding, ETag and URL; least recently used go first. */
export class CompressedCache {
  /** @param {number} maxBytes */
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
    this.bytes = 0;
    /** @type {Map<string, Buffer>} */
    this.entries = new Map();
    /** @type {Set<string>} */
    this.pending = new Set();
    /** @type {{ key: string, encoding: 'br' | 'gzip', raw: Buffer, done?: () => void }[]} */
    this.queue = [];
  }

  /** @param {string} key */
  get(key) {
    const body = this.entries.get(key);
    if (body) {
      this.entries.delete(key);
      this.entries.set(key, body);
    }
    return body;
  }

  /** @param {string} key @param {Buffer} body */
  set(key, body) {
    if (body.length > this.maxBytes) return;
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.length;
      this.entries.delete(key);
    }
    this.entries.set(key, body);
    this.bytes += body.length;
    for (const [k, v] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= v.length;
    }
  }

  /**
   * Compresses `raw` at the best level off the event loop and keeps it, once per key. One job runs
   * at a time and at most MAX_QUEUED wait: quality 11 costs up to a second of CPU, and a stream of
   * new pages (or a client inventing them) must not take the thread pool from streaming answers.
   * @param {string} key @param {'br' | 'gzip'} encoding @param {Buffer} raw @param {() => void} [done]
   */
  fill(key, encoding, raw, done) {
    if (!this.wants(key)) return done?.();
    this.pending.add(key);
    this.queue.push({ key, encoding, raw, done });
    if (this.queue.length === 1) this.next();
  }

  /** Whether a body for `key` would be compressed and kept: not kept, not queued, room in the queue. */
  wants(key) {
    return !this.entries.has(key) && !this.pending.has(key) && this.queue.length < MAX_QUEUED;
  }

  /** @private */
  next() {
    const job = this.queue[0];
    if (!job) return;
    LEVELS[job.encoding].best(job.raw, (error, body) => {
      this.queue.shift();
      this.pending.delete(job.key);
      if (!error) this.set(job.key, body);
      job.done?.();
      this.next();
    });
  }
}

/**
 * Wraps a response so that what the handler writes goes out compressed when it should. Call before
 * handing `res` to Next. `cache` keeps best-level bodies across requests.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {CompressedCache} cache
 */
export function compressResponse(req, res, cache) {
  const accepted = negotiate(req.headers['accept-encoding']);
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  const on = res.on.bind(res);

  /** @type {undefined | 'identity' | 'stream' | 'cached'} */
  let mode;
  /** @type {zlib.BrotliCompress | zlib.Gzip | undefined} */
  let stream;
  /** @type {Buffer[] | undefined} */
  let kept;
  let keptBytes = 0;
  let key = '';
  /** @type {Buffer | undefined} */
  let cachedBody;
  /** @type {[string, (...args: unknown[]) => void][]} */
  const drainListeners = [];

  const decide = () => {
    if (mode) return;
    choose();
    // 'drain' listeners added before the choice go where 'drain' will now come from.
    for (const [type, listener] of drainListeners.splice(0)) {
      if (stream) stream.on(type, listener);
      else on(type, listener);
    }
  };

  const choose = () => {
    mode = 'identity';
    const type = header(res, 'content-type') ?? '';
    if (!COMPRESSIBLE.test(type)) return;
    res.setHeader('Vary', varyWith(header(res, 'vary')));
    const status = res.statusCode;
    const length = Number(header(res, 'content-length') ?? NaN);
    if (
      !accepted ||
      req.method === 'HEAD' ||
      status < 200 ||
      status === 204 ||
      status === 206 ||
      status === 304 ||
      req.headers.range ||
      header(res, 'content-encoding') ||
      /\bno-transform\b/i.test(header(res, 'cache-control') ?? '') ||
      length < MIN_BYTES
    )
      return;

    const etag = header(res, 'etag');
    res.setHeader('Content-Encoding', accepted);
    res.removeHeader('Content-Length');
    if (etag) res.setHeader('ETag', etag.startsWith('W/') ? etag : `W/${etag}`);
    if (etag && status === 200) {
      // The path without its query: a query string does not change a static file or a prerendered
      // page (its ETag would), and keying on it would let anyone queue work by inventing queries.
      key = `${accepted} ${etag} ${(req.url ?? '').split('?')[0]}`;
      cachedBody = cache.get(key);
      if (cachedBody) {
        res.setHeader('Content-Length', cachedBody.length);
        mode = 'cached';
        return;
      }
      // A copy of the raw body only when it will be compressed again: not while that job waits.
      if (cache.wants(key)) kept = [];
    }
    mode = 'stream';
    stream = LEVELS[accepted].stream();
    stream.on('data', (chunk) => {
      if (write(chunk) === false) stream.pause();
    });
    stream.on('end', () => end());
    on('drain', () => stream.resume());
  };

  decideBeforeHeaders(res, decide);

  res.write = function (chunk, encoding, callback) {
    decide();
    if (mode === 'identity') return write(chunk, encoding, callback);
    if (mode === 'cached') return true;
    const buf = toBuffer(chunk, encoding);
    keep(buf);
    return stream.write(buf, callback);
  };

  res.end = function (chunk, encoding, callback) {
    if (typeof chunk === 'function') [chunk, encoding, callback] = [undefined, undefined, chunk];
    else if (typeof encoding === 'function') [encoding, callback] = [undefined, encoding];
    if (!mode && chunk && !res.headersSent && header(res, 'content-length') === undefined)
      res.setHeader('Content-Length', toBuffer(chunk, encoding).length);
    decide();
    if (mode === 'identity') return end(chunk, encoding, callback);
    if (mode === 'cached') return end(cachedBody, callback);
    if (chunk) {
      const buf = toBuffer(chunk, encoding);
      keep(buf);
      stream.write(buf);
    }
    if (callback) res.once('finish', callback);
    if (kept) {
      const raw = Buffer.concat(kept);
      kept = undefined;
      res.once('finish', () => cache.fill(key, accepted, raw));
    }
    stream.end();
    return res;
  };

  // Next flushes after each streamed chunk (pipeToNodeResponse) so that the browser sees it now.
  res.flush = () => {
    if (stream) stream.flush();
  };

  // Backpressure: once compressing, 'drain' means the compressor can take more.
  res.on = function (type, listener) {
    if (type !== 'drain' || mode === 'identity' || mode === 'cached') return on(type, listener);
    if (stream) stream.on(type, listener);
    else drainListeners.push([type, listener]);
    return res;
  };

  function keep(buf) {
    if (!kept) return;
    keptBytes += buf.length;
    if (keptBytes > MAX_KEPT_BODY) kept = undefined;
    else kept.push(buf);
  }
}

function varyWith(vary) {
  if (!vary) return 'Accept-Encoding';
  if (vary.trim() === '*' || /(^|,)\s*accept-encoding\s*(,|$)/i.test(vary)) return vary;
  return `${vary}, Accept-Encoding`;
}
