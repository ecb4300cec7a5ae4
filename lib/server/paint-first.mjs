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
//
// A page with an ETag (prerendered or ISR, so its whole body is at hand) also loses its RSC
// payload: the `self.__next_f.push(...)` scripts Next inlines after the content, which repeat the
// page as React data (230-240 KB of the guide's 390-520 KB). The parser compiled and ran them one by
// one between slices of the document, and on a slow link they were bytes the first screen waited
// for. Their rows go, unchanged and in order, into one JSON array kept by its hash
// (`/_payload/<hash>.json`, immutable), which the loader fetches before the chunks and feeds to
// Next after its bootstrap, a slice per task (FEED_ROWS, below). If that file cannot be had (a
// server that never saw the page and cannot render it again), no chunk loads and the page stays
// the plain HTML it already is: links and forms work, nothing is replaced by an error.

import { createHash } from 'node:crypto';
import { StringDecoder } from 'node:string_decoder';

import { decideBeforeHeaders, header, toBuffer } from './response-hooks.mjs';

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
// Next's inline RSC payload: the buffer's creation, then rows pushed as arrays. Next escapes '<'
// in them (\u003c), so no '<' occurs before the closing tag, and each row is JSON.
const PAYLOAD =
  /<script>(?:\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\((\[0\])\)|self\.__next_f\.push\((\[[0-9],[^<]*\])\))<\/script>/g;
export const PAYLOAD_PREFIX = '/_payload/';
// Payloads are named by their content.
const IMMUTABLE = 'public, max-age=31536000, immutable';

// The RSC rows, fed to Next a slice per task after its bootstrap rather than all inside it. Next's
// bootstrap (the evaluation of its last chunk) reads the rows already in `self.__next_f` and takes
// over its `push`; React decodes every row it was given, and Next builds the router's state and
// starts hydrating, all in that one task (traced on /ru: 92-95 ms with the rows, 65-79 without).
// So only the first row (`[0]`, the buffer's creation) is in place when the chunks come; a page
// rendered per request has its rows inline, and once the document has been parsed they are taken
// back out. Once Next has taken over `push` (the setter below), the text follows in order, 8,000
// characters a task (a message to itself: no timer clamping). A row is text of Next's stream cut
// anywhere, and React joins what it is given, so a long one is cut again, never inside a UTF-16
// pair. Next closes its stream on DOMContentLoaded, or in the task after its bootstrap if that has
// passed, and text pushed after that would be lost: so until the last piece is in, the document
// reads as still loading, and the DOMContentLoaded listener Next adds meanwhile is held and called
// after it. Should the chunks not arrive within 10 s, the document is itself again, and rows that
// come later are given all at once, as the inline scripts gave them.
const FEED_ROWS =
  'function feedRows(rows){' +
  'var f=self.__next_f=self.__next_f||[],i=0,at=0,held=[],doc=document,on=1,T,M=window.MessageChannel&&new MessageChannel;' +
  'function later(){M?M.port2.postMessage(0):setTimeout(feed)}if(M)M.port1.onmessage=feed;' +
  'while(i<rows.length&&rows[i][0]===0)f.push(rows[i++]);' +
  'function restore(){if(!on)return;on=0;delete doc.readyState;delete doc.addEventListener}' +
  'Object.defineProperty(doc,"readyState",{configurable:true,get:function(){return"loading"}});' +
  'doc.addEventListener=function(t,l,o){if(t==="DOMContentLoaded")held.push(l);else EventTarget.prototype.addEventListener.call(doc,t,l,o)};' +
  'Object.defineProperty(f,"push",{configurable:true,get:function(){return Array.prototype.push},set:function(p){' +
  'Object.defineProperty(f,"push",{value:p,writable:true,configurable:true});' +
  'if(on){clearTimeout(T);later()}else while(i<rows.length)p(rows[i++])}});' +
  // Up to 8,000 characters: the rest of the current row, or the next rows, cut where needed.
  'function feed(){for(var n=8e3;i<rows.length&&n>0;){var r=rows[i],t=r[1];' +
  'if(r[0]!==1||t.length-at<=n){n-=String(t).length-at;f.push(at?[1,t.slice(at)]:r);i++;at=0;continue}' +
  'var e=at+n,c=t.charCodeAt(e-1);if(c>=55296&&c<56320)e--;f.push([1,t.slice(at,e)]);at=e;n=0}' +
  'if(i<rows.length)return later();' +
  'restore();var ev=new Event("DOMContentLoaded");' +
  'for(var k=0;k<held.length;k++)typeof held[k]==="function"?held[k].call(doc,ev):held[k].handleEvent(ev)}' +
  'T=setTimeout(restore,1e4);add()}';

// Next's bootstrap, in tasks. The page's inline bootstrap (`TURBOPACK.push({otherChunks,
// runtimeModuleIds})`) makes Turbopack's runtime instantiate the app's modules and hydrate in the
// task of whichever chunk runs last, one long task: measured on /en, 79-99 ms, of which 40-52 were
// React DOM's client module (a 200 KB factory, compiled and run when first required). So the
// bootstrap is taken out of `self.TURBOPACK` before the chunks are added, and the modules of React's
// own packages (their factories carry React's error URL) are noted as the chunks register. Once
// every chunk has run, each of those is instantiated in a task of its own, through the same entry
// the bootstrap uses (a runtime chunk with no chunks to wait for), and then the bootstrap is given
// back. React's modules do nothing at the top level but define and export, so running them first
// changes no order anything depends on; every other module runs where it did, inside the bootstrap.
// If Turbopack's runtime never installs itself, the bootstrap is put back where it was.
const HOLD_BOOT =
  'var q,boot=[],pre=[],left=s.length,own,R=/https:\\/\\/react\\.dev\\/errors\\//;' +
  'function hold(){q=self.TURBOPACK;if(Array.isArray(q)){for(var k=q.length;k--;)if(q[k]&&!Array.isArray(q[k])&&q[k].runtimeModuleIds)boot.unshift(q.splice(k,1)[0]);' +
  'if(boot.length)Object.defineProperty(self,"TURBOPACK",{configurable:true,get:function(){return q},set:function(v){' +
  'if(Array.isArray(q))q.forEach(scan);q=v;var p=v&&!Array.isArray(v)&&v.push;' +
  'if(p)v.push=function(c){scan(c);return p.apply(v,arguments)},own=p}})}}' +
  'function scan(c){if(Array.isArray(c))for(var x=2;x<c.length;x++)' +
  'if(typeof c[x]==="function"&&typeof c[x-1]!=="function"&&R.test(c[x]))pre.push(c[x-1])}' +
  'function ran(){if(--left||!boot.length)return;' +
  'var v=q;delete self.TURBOPACK;self.TURBOPACK=v;' +
  'if(own)v.push=own;else pre=[];' +
  '(function next(){var id=pre.shift();' +
  'if(id===void 0)return boot.forEach(function(b){self.TURBOPACK.push(b)});' +
  'var r=self.TURBOPACK.push({otherChunks:[],runtimeModuleIds:[id]});' +
  'r&&r.catch&&r.catch(function(){});setTimeout(next)})()}';

/**
 * The inline script that loads `srcs` once the largest contentful paint has been reported, after
 * the page's RSC payload (`payload`, a script URL) when it was taken out of the HTML.
 * @param {string[]} srcs
 * @param {string} [payload]
 */
export function loaderScript(srcs, payload) {
  // JSON of root-relative paths: no '<', so it cannot close the script element.
  const list = JSON.stringify(srcs);
  const start = payload
    ? // JSON rather than a script: 240 KB of script took 130 ms to compile on this machine's main
      // thread, JSON.parse takes about 2. If the payload cannot be had, no chunk loads: Next would
      // hydrate from nothing and replace the page with an error.
      `fetch(${JSON.stringify(payload)}).then(function(r){if(!r.ok)throw r.status;return r.json()}).then(feedRows).catch(function(e){console.warn("payload",e)})`
    : // A page rendered per request keeps its rows inline; once the document has been parsed,
      // they are all in `self.__next_f`, and are fed the same way.
      'var f=self.__next_f;document.readyState!=="loading"&&f&&f.length?feedRows(f.splice(0)):add()';
  return (
    `<script>(function(){var s=${list},d=0;function go(){if(d)return;d=1;${start}}` +
    FEED_ROWS +
    // One chunk per task: requesting a script costs the main thread 1-5 ms, and eight in one task
    // made a long task of their own (42 ms traced on /es). The timers are set side by side, not each
    // from the one before: under Lighthouse a request's cost grew along such a chain (the longest
    // task adding a chunk, median of 5 loads of /es/market: 8.7 ms chained, 4.5 ms side by side).
    HOLD_BOOT +
    `function add(){hold();for(var j=0;j<s.length;j++)setTimeout(one,0,j)}` +
    `function one(j){var e=document.createElement("script");e.onload=e.onerror=ran;e.src=s[j];e.async=true;document.head.appendChild(e)}` +
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
  /** @param {{ payload?: string }} [options] the URL of the page's payload, if it was taken out */
  constructor({ payload } = {}) {
    this.payload = payload;
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
    if (!this.placed && this.srcs.length) this.pending += loaderScript(this.srcs, this.payload);
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
    if (this.srcs.length)
      this.pending = this.pending.slice(0, at) + loaderScript(this.srcs, this.payload) + this.pending.slice(at);
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

/**
 * A whole document rewritten: the chunks as PaintFirst moves them, and the RSC payload taken out
 * as JSON rows when `from` (the page's path) is given and the page loads chunks.
 * @param {string} html
 * @param {string} [from]
 * @returns {{ html: string, payload?: { hash: string, body: string } }}
 */
export function rewriteDocument(html, from) {
  /** @type {string[]} */
  const rows = [];
  const split = from !== undefined && SCRIPT.test(html);
  SCRIPT.lastIndex = 0;
  const rest = split ? html.replace(PAYLOAD, (_, first, row) => (rows.push(first ?? row), '')) : html;
  const body = rows.length ? `[${rows.join(',\n')}]\n` : '';
  if (body && !isJson(body)) return rewriteDocument(html);
  const hash = body && createHash('sha256').update(body).digest('base64url').slice(0, 22);
  const rewrite = new PaintFirst(hash ? { payload: payloadUrl(hash, /** @type {string} */ (from)) } : {});
  const out = rewrite.push(rest) + rewrite.end();
  return hash ? { html: out, payload: { hash, body } } : { html: out };
}

/** @param {string} hash @param {string} from */
function payloadUrl(hash, from) {
  return `${PAYLOAD_PREFIX}${hash}.json?from=${encodeURIComponent(from)}`;
}

/** @param {string} text */
function isJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Rewritten pages of answers with an ETag (every prerendered or ISR page), by ETag and path, with
 * their payloads by hash; least recently used go first, a page together with its payload.
 * Rewriting the Russian guide costs 1-2 ms (decode, two passes, encode) and halved
 * `npm run load`'s throughput; a kept page costs nothing.
 */
export class PaintCache {
  /** @param {number} maxBytes */
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
    this.bytes = 0;
    /** @type {Map<string, { html: Buffer, hash?: string }>} */
    this.pages = new Map();
    /** @type {Map<string, Buffer>} */
    this.payloads = new Map();
  }

  /** @param {string} key */
  page(key) {
    const page = this.pages.get(key);
    // A page whose payload went with another page's (the same rows under two keys) is rewritten
    // again rather than sent pointing at nothing.
    if (page?.hash && !this.payloads.has(page.hash)) {
      this.drop(key);
      return undefined;
    }
    if (page) {
      this.pages.delete(key);
      this.pages.set(key, page);
    }
    return page?.html;
  }

  /** @param {string} hash */
  payload(hash) {
    return this.payloads.get(hash);
  }

  /** @param {string} key @param {Buffer} html @param {{ hash: string, body: Buffer }} [payload] */
  set(key, html, payload) {
    if (html.length + (payload?.body.length ?? 0) > this.maxBytes) return;
    this.drop(key);
    // The same rows under two keys are held (and counted) once.
    const fresh = payload && !this.payloads.has(payload.hash);
    this.pages.set(key, { html, hash: payload?.hash });
    if (fresh) this.payloads.set(payload.hash, payload.body);
    this.bytes += html.length + (fresh ? payload.body.length : 0);
    for (const oldest of this.pages.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.drop(oldest);
    }
  }

  /** @private @param {string} key */
  drop(key) {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.bytes -= page.html.length;
    const payload = page.hash && this.payloads.get(page.hash);
    if (payload) {
      this.payloads.delete(/** @type {string} */ (page.hash));
      this.bytes -= payload.length;
    }
  }
}

const MAX_KEPT_BODY = 4 * 1024 * 1024;

/**
 * Wraps a response so that an HTML body is rewritten. Call after compressResponse (the rewrite sees
 * the text before it is compressed) and before handing `res` to Next. A page with an ETag comes
 * whole from Next's cache: it is rewritten whole, payload taken out, and kept in `cache`; later
 * answers with that ETag are sent from there. Any other page is rewritten as it streams.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {PaintCache} [cache]
 */
export function paintFirst(req, res, cache) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return;
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  /** @type {PaintFirst | null | undefined} */
  let rewrite;
  const decoder = new StringDecoder('utf8');
  const path = (req.url ?? '/').split('?')[0] || '/';
  let key = '';
  /** @type {Buffer | undefined} */
  let kept;
  /** @type {string[] | undefined} the whole text of a page to keep, gathered before it is sent */
  let whole;
  let wholeLength = 0;

  const decide = () => {
    if (rewrite !== undefined) return;
    const html = /^text\/html\b/i.test(header(res, 'content-type') ?? '') && !header(res, 'content-encoding');
    const body = html && res.statusCode >= 200 && res.statusCode !== 204 && res.statusCode !== 304;
    // The body's length changes. A HEAD answer is rewritten too, so that its length is GET's.
    if (body) res.removeHeader('Content-Length');
    rewrite = body ? new PaintFirst() : null;
    const etag = header(res, 'etag');
    if (!rewrite || !cache || !etag || res.statusCode !== 200) return;
    key = `${etag} ${path}`;
    kept = cache.page(key);
    if (kept) res.setHeader('Content-Length', kept.length);
    else whole = [];
  };

  // Before the compression underneath decides, while the headers are still Next's own.
  decideBeforeHeaders(res, decide);

  const callbackOf = (encoding, callback) =>
    typeof callback === 'function' ? callback : typeof encoding === 'function' ? encoding : undefined;

  res.write = function (chunk, encoding, callback) {
    decide();
    if (!rewrite) return write(chunk, encoding, callback);
    let text = '';
    if (whole) {
      whole.push(decoder.write(toBuffer(chunk, encoding)));
      wholeLength += whole.at(-1).length;
      // Too large to keep: send what came so far as it would have streamed, and stream the rest.
      if (wholeLength > MAX_KEPT_BODY) {
        text = rewrite.push(whole.join(''));
        whole = undefined;
      }
    } else if (!kept) text = rewrite.push(decoder.write(toBuffer(chunk, encoding)));
    const done = callbackOf(encoding, callback);
    if (!text) {
      if (done) process.nextTick(done);
      return true;
    }
    return write(text, 'utf8', done);
  };

  res.end = function (chunk, encoding, callback) {
    if (typeof chunk === 'function') [chunk, encoding, callback] = [undefined, undefined, chunk];
    else if (typeof encoding === 'function') [encoding, callback] = [undefined, encoding];
    decide();
    if (!rewrite) return end(chunk, encoding, callback);
    if (kept) return end(kept, callback);
    const last = (chunk ? decoder.write(toBuffer(chunk, encoding)) : '') + decoder.end();
    if (whole) {
      const text = whole.join('') + last;
      // Next answers HEAD without a body: there is no length to give (GET's is sent once kept).
      if (!text && req.method === 'HEAD') return end(callback);
      const document = rewriteDocument(text, path);
      const html = Buffer.from(document.html, 'utf8');
      const payload = document.payload && { hash: document.payload.hash, body: Buffer.from(document.payload.body) };
      // A HEAD answer has no body to keep.
      if (cache && req.method === 'GET') cache.set(key, html, payload);
      return end(html, callback);
    }
    return end(rewrite.push(last) + rewrite.end(), 'utf8', callback);
  };
}

/**
 * Answers `/_payload/<hash>.json`: a page's RSC payload, taken out by rewriteDocument. Content-addressed,
 * so immutable. A server that does not hold it (restarted, evicted, or another instance behind the
 * same balancer) asks `refill` for the page it came from (`?from=`) and looks again; a page that has
 * changed since has another hash, and that answer is a 404.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {PaintCache} cache
 * @param {(path: string) => Promise<void>} refill requests `path` from this server
 */
export async function servePayload(req, res, cache, refill) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' });
    return res.end();
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const hash = url.pathname.slice(PAYLOAD_PREFIX.length).match(/^([\w-]{22})\.json$/)?.[1];
  const from = url.searchParams.get('from') ?? '';
  let body = hash && cache.payload(hash);
  if (hash && !body && /^\/(?![/\\])[^?#]{0,300}$/.test(from)) {
    await refill(from);
    body = cache.payload(hash);
  }
  if (!body) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    return res.end('No such payload\n');
  }
  const cached = req.headers['if-none-match'];
  if (cached && cached.split(',').some((tag) => tag.trim().replace(/^W\//, '') === `"${hash}"`)) {
    res.writeHead(304, { ETag: `"${hash}"`, 'Cache-Control': IMMUTABLE });
    return res.end();
  }
  res.writeHead(200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': body.length,
    'Cache-Control': IMMUTABLE,
    ETag: `"${hash}"`,
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
