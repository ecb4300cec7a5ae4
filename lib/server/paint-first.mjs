// Paint first, then run the framework: an HTML rewrite for server.mjs (issue 19).
//
// Next puts its chunks in the head as `<script src async>` (React's preinit) and its bootstrap at the
// end of the body. An async script runs the moment it arrives, between two slices of HTML parsing, so
// on a phone the framework (about 190 KB) is fetched alongside the document and can run before the
// first screen is painted. On a slow link the chunks also share the bandwidth the document needs.
// Lighthouse's simulation charges exactly that: every script that finished and started running
// before the largest paint is on the LCP path, at 1.6 Mbps and 4x CPU, and for the guide that was
// most of its LCP (see the README, issue 19's bisect).
//
// This rewrite takes those tags (and React's low-priority preloads of the same chunks) out of the
// HTML and puts one small inline script at the end of the body that adds them, in the same order
// and still async, once the browser reports the largest contentful paint. Nothing else changes:
// the HTML, the RSC payload and the chunks are Next's, hydration is React's, and a reader who
// clicks before then follows plain links and forms, which work without JavaScript. The cost is that
// the chunks start downloading after the paint instead of with the document: interactivity comes
// that much later, while the first screen no longer waits for code.
//
// When no paint will be reported (a tab opened in the background, a browser without LCP entries,
// a page with no text or image), the scripts load after the first frame or after a short timer.

import { StringDecoder } from 'node:string_decoder';

import { decideBeforeHeaders, header, toBuffer } from './response-hooks.mjs';

/** @typedef {import('./compression.mjs').CompressedCache} CompressedCache */

const CHUNK = String.raw`\/_next\/static\/[^"<>]{1,200}\.js`;
const SCRIPT = new RegExp(String.raw`<script src="(${CHUNK})" async=""><\/script>`, 'g');
const PRELOAD = new RegExp(String.raw`<link rel="preload" as="script" fetchPriority="low" href="${CHUNK}"\/>`, 'g');
// Starts of what the rewrite looks for: text from one of these on may be a tag still arriving.
const STARTS = [
  '<script src="/_next/static/',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/',
];
const BODY_END = '</body>';
// Longer than any tag the patterns match (paths are capped at 200 characters).
const HOLD = 512;
// If no paint is reported by then (a page with nothing to paint), load anyway.
const FALLBACK_MS = 3000;

/**
 * The inline script that loads `srcs` once the largest contentful paint has been reported.
 * @param {string[]} srcs
 */
export function loaderScript(srcs) {
  // JSON of root-relative chunk paths: no '<', so it cannot close the script element.
  const list = JSON.stringify(srcs);
  return (
    `<script>(function(){var s=${list},d=0;function go(){if(d)return;d=1;add(0)}` +
    // One chunk per task: requesting a script costs the main thread 1-5 ms, and eight in one task
    // made a long task of their own (42 ms traced on /es).
    `function add(i){if(i>=s.length)return;var e=document.createElement("script");e.src=s[i];e.async=true;document.head.appendChild(e);setTimeout(function(){add(i+1)})}` +
    `var P=window.PerformanceObserver;` +
    `if(document.visibilityState!=="visible")go();` +
    `else if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf("largest-contentful-paint")>=0)` +
    // The callback runs once the paint has been presented; the timeout lets that frame finish.
    `new P(function(){setTimeout(go)}).observe({type:"largest-contentful-paint",buffered:true});` +
    `else requestAnimationFrame(function(){setTimeout(go)});` +
    `addEventListener("pointerdown",go,{capture:true,once:true});addEventListener("keydown",go,{capture:true,once:true});` +
    `setTimeout(go,${FALLBACK_MS})})()</script>`
  );
}

/** The rewrite as a stream of text in, text out: `push` each piece, then `end`. */
export class PaintFirst {
  constructor() {
    this.pending = '';
    /** @type {string[]} */
    this.srcs = [];
    this.placed = false;
  }

  /** @param {string} text @returns {string} what can be sent now */
  push(text) {
    if (this.placed) return text;
    this.pending += text;
    this.rewrite();
    const cut = this.placed ? this.pending.length : safeCut(this.pending);
    const out = this.pending.slice(0, cut);
    this.pending = this.pending.slice(cut);
    return out;
  }

  /** @returns {string} the rest */
  end() {
    this.rewrite();
    // A document without </body> still gets its scripts.
    if (!this.placed && this.srcs.length) this.pending += loaderScript(this.srcs);
    this.placed = true;
    const out = this.pending;
    this.pending = '';
    return out;
  }

  /** @private */
  rewrite() {
    if (this.placed) return;
    this.pending = this.pending
      .replace(SCRIPT, (_, src) => {
        this.srcs.push(src);
        return '';
      })
      .replace(PRELOAD, '');
    const at = this.pending.indexOf(BODY_END);
    if (at === -1) return;
    // Next moves </body></html> behind the RSC payload, so this is the end of the document.
    if (this.srcs.length) this.pending = this.pending.slice(0, at) + loaderScript(this.srcs) + this.pending.slice(at);
    this.placed = true;
  }
}

/** Where `text` can be cut so that nothing after the cut could be the start of a tag still arriving. */
function safeCut(text) {
  for (let i = text.indexOf('<', Math.max(0, text.length - HOLD)); i !== -1; i = text.indexOf('<', i + 1)) {
    const rest = text.slice(i);
    const couldGrow = (start) => (rest.length < start.length ? start.startsWith(rest) : rest.startsWith(start));
    if (STARTS.some(couldGrow) || couldGrow(BODY_END)) return i;
  }
  // Never between the halves of a surrogate pair.
  const code = text.charCodeAt(text.length - 1);
  return code >= 0xd800 && code <= 0xdbff ? text.length - 1 : text.length;
}

// Rewritten bodies of answers with an ETag (every prerendered or ISR page), by ETag and path, in
// the same byte-bounded LRU the compression uses. Rewriting the Russian guide costs 1-2 ms (decode,
// two passes, encode) and halved `npm run load`'s throughput; a kept body costs nothing.
const MAX_KEPT_BODY = 4 * 1024 * 1024;

/**
 * Wraps a response so that an HTML body is rewritten as it streams. Call after compressResponse
 * (the rewrite sees the text before it is compressed) and before handing `res` to Next. `cache`
 * keeps rewritten bodies by ETag; later answers with that ETag are sent from it.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {CompressedCache} [cache]
 */
export function paintFirst(req, res, cache) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return;
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  /** @type {PaintFirst | null | undefined} */
  let rewrite;
  const decoder = new StringDecoder('utf8');
  let key = '';
  /** @type {Buffer | undefined} */
  let kept;
  /** @type {string[] | undefined} */
  let sent;
  let sentLength = 0;

  const decide = () => {
    if (rewrite !== undefined) return;
    const html = /^text\/html\b/i.test(header(res, 'content-type') ?? '') && !header(res, 'content-encoding');
    const body = html && res.statusCode >= 200 && res.statusCode !== 204 && res.statusCode !== 304;
    // The body's length changes. A HEAD answer is rewritten too, so that its length is GET's.
    if (body) res.removeHeader('Content-Length');
    rewrite = body ? new PaintFirst() : null;
    const etag = header(res, 'etag');
    if (!rewrite || !cache || !etag || res.statusCode !== 200) return;
    key = `${etag} ${(req.url ?? '').split('?')[0]}`;
    kept = cache.get(key);
    if (kept) res.setHeader('Content-Length', kept.length);
    else sent = [];
  };

  /** What goes out, remembered for the cache. */
  const out = (text) => {
    if (sent) {
      sentLength += text.length;
      if (sentLength > MAX_KEPT_BODY) sent = undefined;
      else sent.push(text);
    }
    return text;
  };

  // Before the compression underneath decides, while the headers are still Next's own.
  decideBeforeHeaders(res, decide);

  res.write = function (chunk, encoding, callback) {
    decide();
    if (!rewrite) return write(chunk, encoding, callback);
    const text = kept ? '' : out(rewrite.push(decoder.write(toBuffer(chunk, encoding))));
    if (!text) {
      if (typeof callback === 'function') process.nextTick(callback);
      else if (typeof encoding === 'function') process.nextTick(encoding);
      return true;
    }
    return write(
      text,
      'utf8',
      typeof callback === 'function' ? callback : typeof encoding === 'function' ? encoding : undefined,
    );
  };

  res.end = function (chunk, encoding, callback) {
    if (typeof chunk === 'function') [chunk, encoding, callback] = [undefined, undefined, chunk];
    else if (typeof encoding === 'function') [encoding, callback] = [undefined, encoding];
    decide();
    if (!rewrite) return end(chunk, encoding, callback);
    if (kept) return end(kept, callback);
    const text = out(
      (chunk ? rewrite.push(decoder.write(toBuffer(chunk, encoding))) : '') +
        rewrite.push(decoder.end()) +
        rewrite.end(),
    );
    if (sent && cache) cache.set(key, Buffer.from(sent.join(''), 'utf8'));
    return end(text, 'utf8', callback);
  };
}
