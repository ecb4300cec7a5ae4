import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import vm from 'node:vm';
import zlib from 'node:zlib';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CompressedCache, compressResponse } from '../../lib/server/compression.mjs';
import {
  loaderScript,
  PaintCache,
  PaintFirst,
  paintFirst,
  PAYLOAD_PREFIX,
  rewriteDocument,
  servePayload,
} from '../../lib/server/paint-first.mjs';

// The shape of a Next 16 App Router page: React's preinit of the root chunks in the head, a
// low-priority preload, the polyfills for old browsers, the bootstrap after the content, the RSC
// payload, then </body></html> moved to the very end.
const PAGE =
  '<!DOCTYPE html><html lang="ru"><head><meta charSet="utf-8"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/boot.js"/>' +
  '<script src="/_next/static/chunks/a.js" async=""></script>' +
  '<script src="/_next/static/chunks/turbopack-b.js" async=""></script>' +
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>' +
  '<script type="application/ld+json">{"@type":"Article"}</script></head>' +
  '<body><main><h1>Вычисления — GPU 🚀</h1><p class="lead">Текст страницы.</p></main>' +
  '<script id="_R_">(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push({})</script>' +
  '<script src="/_next/static/chunks/boot.js" async=""></script>' +
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>' +
  '<script>self.__next_f.push([1,"2:[\\"$\\",\\"p\\",null,{\\"children\\":\\"Вычисления \\u003cGPU\\u003e\\"}]\\n"])</script>' +
  '</body></html>';

// The same page after a regeneration: new text, and new rows in its payload.
const CHANGED = PAGE.replace('Текст', 'Новый текст').replace('\\u003cGPU', '\\u003cTPU');

const SRCS = ['/_next/static/chunks/a.js', '/_next/static/chunks/turbopack-b.js', '/_next/static/chunks/boot.js'];

function rewriteWhole(text: string) {
  const rewrite = new PaintFirst();
  return rewrite.push(text) + rewrite.end();
}

describe('PaintFirst', () => {
  const out = rewriteWhole(PAGE);

  it('takes the framework chunks and their preloads out of the HTML', () => {
    expect(out).not.toMatch(/<script src="\/_next\/static\/chunks\/[^"]+" async/);
    expect(out).not.toContain('rel="preload" as="script"');
  });

  it('loads the same chunks, in the same order, from one script at the end of the body', () => {
    expect(out).toContain(`${loaderScript(SRCS)}</body></html>`);
    expect(out.indexOf(loaderScript(SRCS))).toBeGreaterThan(out.indexOf('self.__next_f.push'));
  });

  it('leaves everything else as Next wrote it', () => {
    for (const kept of [
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
      '<script type="application/ld+json">{"@type":"Article"}</script>',
      '<h1>Вычисления — GPU 🚀</h1><p class="lead">Текст страницы.</p>',
      '<script id="_R_">',
    ])
      expect(out).toContain(kept);
  });

  it('gives the same document however the stream is cut', () => {
    for (let cut = 1; cut < PAGE.length; cut++) {
      const rewrite = new PaintFirst();
      const pieces = rewrite.push(PAGE.slice(0, cut)) + rewrite.push(PAGE.slice(cut)) + rewrite.end();
      expect(pieces, `cut at ${cut}`).toBe(out);
    }
    const rewrite = new PaintFirst();
    let small = '';
    for (let i = 0; i < PAGE.length; i += 7) small += rewrite.push(PAGE.slice(i, i + 7));
    expect(small + rewrite.end()).toBe(out);
  });

  it('sends text as it comes, holding back only what may be a tag still arriving', () => {
    const rewrite = new PaintFirst();
    expect(rewrite.push('<html><body><p>first screen</p>')).toBe('<html><body><p>first screen</p>');
    expect(rewrite.push('<p>more</p><script src="/_next/st')).toBe('<p>more</p>');
    expect(rewrite.push('atic/chunks/x.js" async=""></script><p>end</p></bo')).toBe('<p>end</p>');
    expect(rewrite.push('dy></html>') + rewrite.end()).toBe(
      `${loaderScript(['/_next/static/chunks/x.js'])}</body></html>`,
    );
  });

  it('adds no loader to a page without chunks, and still loads them without </body>', () => {
    expect(rewriteWhole('<html><body><p>plain</p></body></html>')).toBe('<html><body><p>plain</p></body></html>');
    expect(rewriteWhole('<p>x</p><script src="/_next/static/chunks/x.js" async=""></script>')).toBe(
      `<p>x</p>${loaderScript(['/_next/static/chunks/x.js'])}`,
    );
  });
});

/** What Next's inline payload scripts leave in `self.__next_f`, run in order as the parser runs them. */
function inlineRows(html: string) {
  const context = { self: {} as { __next_f?: unknown[] } };
  for (const [, code] of html.matchAll(/<script>([^<]*__next_f[^<]*)<\/script>/g)) vm.runInNewContext(code!, context);
  return context.self.__next_f;
}

describe('rewriteDocument', () => {
  const { html, payload } = rewriteDocument(PAGE, '/ru/market');

  it('takes the RSC payload out of a whole page, and loads it before the chunks', () => {
    expect(html).not.toMatch(/<script>[^<]*__next_f[^<]*push\(\[/);
    expect(payload!.hash).toMatch(/^[\w-]{22}$/);
    expect(html).toContain(
      `${loaderScript(SRCS, `/_payload/${payload!.hash}.json?from=%2Fru%2Fmarket`)}</body></html>`,
    );
    expect(html).toContain('<h1>Вычисления — GPU 🚀</h1><p class="lead">Текст страницы.</p>');
  });

  it('keeps the rows Next pushed, unchanged and in order', () => {
    expect(inlineRows(PAGE)).toHaveLength(3);
    expect(JSON.parse(payload!.body)).toEqual(inlineRows(PAGE));
  });

  it('names a payload by its content', () => {
    expect(rewriteDocument(PAGE, '/en').payload!.hash).toBe(payload!.hash);
    expect(rewriteDocument(PAGE.replace('Вычисления \\u003c', 'Хранение \\u003c'), '/ru').payload!.hash).not.toBe(
      payload!.hash,
    );
  });

  it('leaves the payload inline without a path, on a page without chunks, or when a row is not JSON', () => {
    expect(rewriteDocument(PAGE)).toEqual({ html: rewriteWhole(PAGE) });
    const plain = '<html><body><p>x</p><script>self.__next_f.push([1,"a"])</script></body></html>';
    expect(rewriteDocument(plain, '/x')).toEqual({ html: plain });
    const odd = PAGE.replace('push([1,"1:', 'push([1,x+"1:');
    expect(rewriteDocument(odd, '/x').html).toContain('self.__next_f.push([1,x+"1:');
  });
});

type Timer = (() => void) & { ms: number };
type Script = { src: string; async: boolean; onload?: () => void; onerror?: () => void };

/** Runs the loader in a stand-in window and reports which scripts it appended, and when. */
function runLoader({
  visibility = 'visible',
  lcp = true,
  payload,
  fetched,
  inline,
  readyState = 'complete',
  turbopack,
}: {
  visibility?: string;
  lcp?: boolean;
  payload?: string;
  fetched?: Promise<unknown>;
  inline?: unknown[][];
  readyState?: string;
  turbopack?: unknown[];
} = {}) {
  const appended: string[] = [];
  const scripts: Script[] = [];
  const requested: string[] = [];
  // A page rendered per request: the inline scripts have pushed its rows.
  const self: { __next_f?: unknown[]; TURBOPACK?: unknown } = inline ? { __next_f: [...inline] } : {};
  // What Next's inline bootstrap script pushed.
  if (turbopack) self.TURBOPACK = [...turbopack];
  const timers: Timer[] = [];
  const frames: (() => void)[] = [];
  const listeners = new Map<string, () => void>();
  let observed: (() => void) | undefined;
  class PerformanceObserver {
    static supportedEntryTypes = lcp ? ['paint', 'largest-contentful-paint'] : ['paint'];
    constructor(callback: () => void) {
      observed = callback;
    }
    observe() {}
  }
  // The document's own readyState and addEventListener are its prototype's.
  const documentListeners: string[] = [];
  const EventTarget = {
    prototype: {
      addEventListener(type: string) {
        documentListeners.push(type);
      },
    },
  };
  const document = Object.create({ readyState, addEventListener: EventTarget.prototype.addEventListener });
  Object.assign(document, {
    visibilityState: visibility,
    createElement: () => ({ src: '', async: false }),
    head: {
      appendChild: (el: Script) => {
        appended.push(el.src);
        scripts.push(el);
      },
    },
  });
  const context = {
    PerformanceObserver,
    EventTarget,
    Event: class {
      constructor(readonly type: string) {}
    },
    document,
    // A message to itself is a task of its own, like a timer of 0 ms.
    MessageChannel: class {
      port1: { onmessage?: () => void } = {};
      port2 = { postMessage: () => timers.push(Object.assign(() => this.port1.onmessage?.(), { ms: 0 })) };
    },
    setTimeout: (fn: (...args: unknown[]) => void, ms = 0, ...args: unknown[]) => {
      const timer = Object.assign(() => fn(...args), { ms });
      timers.push(timer);
      return timer;
    },
    clearTimeout: (timer: Timer) => timers.includes(timer) && timers.splice(timers.indexOf(timer), 1),
    requestAnimationFrame: (fn: () => void) => frames.push(fn),
    addEventListener: (type: string, fn: () => void) => listeners.set(type, fn),
    self,
    console: { warn: () => {} },
    fetch: (url: string) => {
      requested.push(url);
      return fetched ?? Promise.reject(new Error('no fetch'));
    },
  };
  const code = loaderScript(['/a.js', '/b.js'], payload).replace(/^<script>|<\/script>$/g, '');
  vm.runInNewContext(code, { ...context, window: context });
  const drain = <T extends () => void>(queue: T[]) => queue.splice(0).forEach((fn) => fn());
  return {
    appended,
    scripts,
    requested,
    self,
    timers,
    frames,
    listeners,
    document,
    documentListeners,
    paint: () => observed?.(),
    drain,
  };
}

/**
 * What Next 16's bootstrap (next/dist/client/app-index.js) does with `self.__next_f`, run in the
 * stand-in window: it reads the rows already there, takes over `push`, registers its stream's
 * writer, and closes the stream on DOMContentLoaded (or in the next task if that has passed).
 * A row that comes after the close is lost, as React would find it missing.
 */
function nextBootstrap(page: ReturnType<typeof runLoader>) {
  const stream = { rows: [] as string[], closed: false, lost: [] as string[], tasks: [] as number[] };
  let buffer: string[] | undefined;
  let writer = false;
  let loaded = false;
  const close = () => {
    if (writer) stream.closed = true;
    loaded = true;
  };
  const callback = (row: [number, string?]) => {
    if (row[0] === 0) buffer = [];
    else if (!writer) buffer!.push(row[1]!);
    else if (stream.closed) stream.lost.push(row[1]!);
    else stream.rows.push(row[1]!);
  };
  const doc = page.document as { readyState: string; addEventListener: (t: string, l: () => void) => void };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', close);
  else page.timers.push(Object.assign(close, { ms: 0 }));
  const f = (page.self.__next_f ??= []);
  f.forEach((row) => callback(row as [number, string?]));
  f.length = 0;
  // Next's own assignment; its callback returns nothing.
  (f as { push: unknown }).push = callback;
  stream.rows.push(...buffer!);
  writer = true;
  if (loaded) stream.closed = true;
  return stream;
}

/** Runs the next task that is due now (not the 10 s restore), as the event loop would; false if none. */
function nextTask(page: ReturnType<typeof runLoader>) {
  const due = page.timers.findIndex((timer) => timer.ms === 0);
  if (due >= 0) page.timers.splice(due, 1)[0]!();
  return due >= 0;
}

describe('the loader', () => {
  // Chunks are added one per task, so each step below runs the timers until none is left.
  const settle = (page: ReturnType<typeof runLoader>) => {
    while (page.timers.length) page.drain(page.timers);
  };

  it('adds the chunks once the largest paint has been reported, one per task, and only once', () => {
    const page = runLoader();
    expect(page.appended).toEqual([]);
    page.paint();
    expect(page.appended).toEqual([]);
    // The frame of the paint finishes (the timer queued last; the one before it is the fallback).
    page.timers.pop()!();
    // Then one chunk per task, in order.
    expect(page.appended).toEqual([]);
    nextTask(page);
    expect(page.appended).toEqual(['/a.js']);
    nextTask(page);
    expect(page.appended).toEqual(['/a.js', '/b.js']);
    page.listeners.get('pointerdown')!();
    settle(page);
    expect(page.appended).toEqual(['/a.js', '/b.js']);
  });

  it('does not wait for a paint when the reader is already acting', () => {
    const page = runLoader();
    page.listeners.get('keydown')!();
    nextTask(page);
    expect(page.appended).toEqual(['/a.js']);
  });

  it('loads at once in a tab nobody is looking at, where no paint will be reported', () => {
    const page = runLoader({ visibility: 'hidden' });
    nextTask(page);
    expect(page.appended).toEqual(['/a.js']);
    settle(page);
    expect(page.appended).toEqual(['/a.js', '/b.js']);
  });

  it("fetches the page's payload, then adds the chunks, with only the buffer's creation in place", async () => {
    const rows = [[0], [1, '1:"$Sreact.fragment"\n']];
    const page = runLoader({
      payload: '/_payload/h.json?from=%2Fru',
      fetched: Promise.resolve({ ok: true, json: () => Promise.resolve(rows) }),
    });
    page.listeners.get('keydown')!();
    expect(page.requested).toEqual(['/_payload/h.json?from=%2Fru']);
    expect(page.appended).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect([...page.self.__next_f!]).toEqual([[0]]);
    nextTask(page);
    expect(page.appended).toEqual(['/a.js']);
  });

  // Three rows of 10,000 characters; the loader gives 8,000 a task, cutting rows where needed.
  const TEXT = ['a', 'b', 'c'].map((c) => c.repeat(10_000));
  const ROWS = [[0], ...TEXT.map((text) => [1, text])];
  const fedPage = async () => {
    const page = runLoader({
      payload: '/_payload/h.json',
      fetched: Promise.resolve({ ok: true, json: () => Promise.resolve(ROWS) }),
    });
    page.listeners.get('keydown')!();
    await new Promise((resolve) => setImmediate(resolve));
    return page;
  };

  it("feeds the rows to Next's bootstrap a slice per task, and Next closes its stream after the last", async () => {
    const page = await fedPage();
    const stream = nextBootstrap(page);
    // The bootstrap's own task decoded none of them.
    expect(stream.rows).toEqual([]);
    const given: number[] = [];
    while (nextTask(page)) given.push(stream.rows.join('').length);
    // React gets the same text, in order, 8,000 characters a task; the stream closed only after it.
    expect(stream.rows.join('')).toBe(TEXT.join(''));
    expect(given.filter((n, i) => n !== (given[i - 1] ?? 0))).toEqual([8000, 16_000, 24_000, 30_000]);
    expect(stream.lost).toEqual([]);
    expect(stream.closed).toBe(true);
    // The document is itself again: nothing the loader put on it is left.
    expect(Object.keys(page.document)).not.toContain('readyState');
    expect(Object.keys(page.document)).not.toContain('addEventListener');
    expect((page.document as { readyState: string }).readyState).toBe('complete');
    expect(page.timers.filter((timer) => timer.ms === 10_000)).toEqual([]);
  });

  it('passes on the listeners other code adds meanwhile, and holds only DOMContentLoaded', async () => {
    const page = await fedPage();
    const doc = page.document as { addEventListener: (t: string, l: () => void) => void };
    let loaded = 0;
    doc.addEventListener('DOMContentLoaded', () => loaded++);
    doc.addEventListener('visibilitychange', () => {});
    expect(page.documentListeners).toEqual(['visibilitychange']);
    nextBootstrap(page);
    while (nextTask(page));
    expect(loaded).toBe(1);
  });

  it('gives the rows all at once, as the inline scripts did, when the chunks come after 10 s', async () => {
    const page = await fedPage();
    page.timers.find((timer) => timer.ms === 10_000)!();
    expect((page.document as { readyState: string }).readyState).toBe('complete');
    const stream = nextBootstrap(page);
    expect(stream.rows.join('')).toBe(TEXT.join(''));
    while (nextTask(page));
    expect(stream.closed).toBe(true);
    expect(stream.lost).toEqual([]);
  });

  it('feeds the inline rows of a page rendered per request the same way, once the document is parsed', () => {
    const page = runLoader({ inline: ROWS });
    page.listeners.get('keydown')!();
    expect([...page.self.__next_f!]).toEqual([[0]]);
    nextTask(page);
    expect(page.appended).toEqual(['/a.js']);
    const stream = nextBootstrap(page);
    expect(stream.rows).toEqual([]);
    while (nextTask(page));
    expect(stream.rows.join('')).toBe(TEXT.join(''));
    expect(stream.closed).toBe(true);
    expect(stream.lost).toEqual([]);
  });

  it('never cuts a row inside a UTF-16 pair, and passes other rows whole', () => {
    // The rocket's first half would be the 8,000th character.
    const text = `${'x'.repeat(7999)}🚀${'y'.repeat(10)}`;
    const rows = [[0], [1, text], [2, { form: 'state' }], [1, 'z']];
    const page = runLoader({ inline: rows });
    page.listeners.get('keydown')!();
    const pieces: unknown[][] = [];
    const f = page.self.__next_f as unknown as { push: unknown };
    f.push = (row: unknown[]) => pieces.push(row);
    while (nextTask(page));
    const texts = pieces.filter((row) => row[0] === 1).map((row) => String(row[1]));
    expect(texts.join('')).toBe(text + 'z');
    expect(texts.every((piece) => !/[\uD800-\uDBFF]$/.test(piece))).toBe(true);
    expect(texts[0]).toHaveLength(7999);
    expect(pieces).toContainEqual([2, { form: 'state' }]);
  });

  it('leaves inline rows where they are while the document is still being parsed', () => {
    const page = runLoader({ inline: ROWS, readyState: 'loading' });
    page.listeners.get('keydown')!();
    expect([...page.self.__next_f!]).toEqual(ROWS);
    nextTask(page);
    expect(page.appended).toEqual(['/a.js']);
    expect(Object.keys(page.document)).not.toContain('readyState');
  });

  it('loads no chunk when the payload cannot be had, leaving the page as plain HTML', async () => {
    const missing = runLoader({ payload: '/_payload/h.json', fetched: Promise.resolve({ ok: false, status: 404 }) });
    missing.listeners.get('keydown')!();
    const offline = runLoader({ payload: '/_payload/h.json' });
    offline.listeners.get('keydown')!();
    await new Promise((resolve) => setImmediate(resolve));
    for (const page of [missing, offline]) {
      page.drain(page.timers);
      expect(page.appended).toEqual([]);
      expect(page.self.__next_f).toBeUndefined();
    }
  });

  it('waits for the first frame in a browser without LCP entries, with a timer behind it', () => {
    const page = runLoader({ lcp: false });
    expect(page.appended).toEqual([]);
    page.drain(page.frames);
    page.timers.pop()!();
    nextTask(page);
    expect(page.appended).toEqual(['/a.js']);
    const late = runLoader({ lcp: false });
    settle(late);
    expect(late.appended).toEqual(['/a.js', '/b.js']);
  });
});

let server: http.Server;
let base = '';
const rewritten = new PaintCache(1024 * 1024);
let etag = '"v1"';
let rendered = 0;

beforeAll(async () => {
  const cache = new CompressedCache(1024 * 1024);
  server = http.createServer((req, res) => {
    compressResponse(req, res, cache);
    if (req.url!.startsWith(PAYLOAD_PREFIX)) {
      // As server.mjs does: a payload it does not hold is looked for again after asking for the page.
      const refill = async (path: string) =>
        void (await fetch(base + path, { headers: { 'accept-encoding': 'br' } })).text();
      return void servePayload(req, res, rewritten, refill);
    }
    paintFirst(req, res, rewritten);
    if (req.url === '/isr') {
      // A prerendered page with its ETag, as Next sends it from the cache; `rendered` counts bodies.
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('ETag', etag);
      rendered++;
      return res.end(etag === '"v1"' ? PAGE : CHANGED);
    }
    if (req.url === '/next-head') {
      // Next answers HEAD for a prerendered page with its headers and no body.
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('ETag', '"h1"');
      return res.end(req.method === 'HEAD' ? undefined : PAGE);
    }
    if (req.url === '/page') {
      // A prerendered page: one write with its length, as Next sends it from the cache.
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('Content-Length', Buffer.byteLength(PAGE));
      return res.end(PAGE);
    }
    if (req.url === '/streamed') {
      // A rendered page: headers flushed first, then the body in pieces cut inside tags and
      // inside a Cyrillic letter's bytes.
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.flushHeaders();
      const bytes = Buffer.from(PAGE);
      const letter = Buffer.byteLength(PAGE.slice(0, PAGE.indexOf('Вычисления')));
      const cuts = [0, 150, letter + 1, letter + 300, bytes.length];
      for (let i = 1; i < cuts.length - 1; i++) res.write(bytes.subarray(cuts[i - 1], cuts[i]));
      return res.end(bytes.subarray(cuts.at(-2)));
    }
    res.setHeader('Content-Type', 'application/javascript');
    res.end(`/* ${'<script src="/_next/static/chunks/a.js" async=""></script>'.repeat(40)} */`);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => server.close());

async function get(path: string, init: RequestInit = {}) {
  const res = await fetch(base + path, init);
  return { res, text: await res.text() };
}

/**
 * What Turbopack's browser runtime (the `turbopack-*.js` chunk of a Next 16 build) does with
 * `self.TURBOPACK`: it replaces the array with an object whose `push` registers a chunk's module
 * factories (`[script, id, factory, id, factory, ...]`), and for a bootstrap (`{otherChunks,
 * runtimeModuleIds}`, what Next's inline script pushes) waits until those chunks have registered,
 * then instantiates the modules. A module runs its factory once, the first time it is required; a
 * factory that is missing throws. Both kinds of push return a promise, as the runtime's do.
 */
function turbopackRuntime(page: ReturnType<typeof runLoader>) {
  const factories = new Map<unknown, () => void>();
  const ran: unknown[] = [];
  const registered = new Map<string, () => void>();
  const chunk = (src: string) =>
    new Promise<void>((resolve) => (registered.has(src) ? resolve() : registered.set(src, resolve)));
  const require = (id: unknown) => {
    if (ran.includes(id)) return;
    const factory = factories.get(id);
    if (!factory) throw new Error(`Module ${String(id)} was instantiated, but the module factory is not available.`);
    ran.push(id);
    factory();
  };
  const push = (entry: unknown): Promise<void> => {
    if (Array.isArray(entry)) {
      for (let i = 1; i < entry.length; i += 2) factories.set(entry[i], entry[i + 1] as () => void);
      registered.get(entry[0] as string)?.();
      registered.set(entry[0] as string, () => {});
      return Promise.resolve();
    }
    const { otherChunks, runtimeModuleIds } = entry as { otherChunks: string[]; runtimeModuleIds: unknown[] };
    return Promise.all(otherChunks.map(chunk)).then(() => runtimeModuleIds.forEach(require));
  };
  const runtime = { push };
  const queued = page.self.TURBOPACK as unknown[];
  page.self.TURBOPACK = runtime;
  queued.forEach(push);
  return { runtime, push, ran, require };
}

describe("the loader and Turbopack's bootstrap", () => {
  const BOOTSTRAP = { otherChunks: ['/app.js'], runtimeModuleIds: ['app'] };
  const microtasks = () => new Promise((resolve) => setImmediate(resolve));
  // The page: the runtime chunk, then a chunk with React DOM (its factory carries React's error URL)
  // and the app, which requires it.
  function load() {
    const page = runLoader({ turbopack: [BOOTSTRAP] });
    page.listeners.get('keydown')!();
    nextTask(page);
    nextTask(page);
    expect(page.appended).toEqual(['/a.js', '/b.js']);
    const scripts = page.scripts;
    let turbopack: ReturnType<typeof turbopackRuntime> | undefined;
    const runtimeChunk = () => {
      turbopack = turbopackRuntime(page);
      scripts[0]!.onload!();
    };
    const appChunk = () => {
      (page.self.TURBOPACK as { push: (c: unknown[]) => void }).push([
        '/app.js',
        'react-dom',
        function reactDom() {
          // A React production build: throw Error(formatProdErrorMessage(418)), "https://react.dev/errors/" + code
        },
        'app',
        () => turbopack!.require('react-dom'),
      ]);
      scripts[1]!.onload!();
    };
    return { page, runtimeChunk, appChunk, ran: () => turbopack?.ran ?? [], turbopack: () => turbopack! };
  }

  it("gives Next's bootstrap to the runtime only after every chunk has run, React's modules first, a task each", async () => {
    const { page, runtimeChunk, appChunk, ran } = load();
    // The bootstrap is no longer in the array the runtime takes over.
    expect(page.self.TURBOPACK).toEqual([]);
    runtimeChunk();
    await microtasks();
    expect(ran()).toEqual([]);
    appChunk();
    await microtasks();
    // The last chunk has run: React DOM is instantiated in that task, the app not yet.
    expect(ran()).toEqual(['react-dom']);
    nextTask(page);
    await microtasks();
    expect(ran()).toEqual(['react-dom', 'app']);
  });

  it('works whichever order the chunks arrive in', async () => {
    const { appChunk, runtimeChunk, page, ran } = load();
    appChunk();
    runtimeChunk();
    await microtasks();
    expect(ran()).toEqual(['react-dom']);
    nextTask(page);
    await microtasks();
    expect(ran()).toEqual(['react-dom', 'app']);
  });

  it("leaves self.TURBOPACK the runtime's own, with its own push, for the chunks loaded later", async () => {
    const { page, runtimeChunk, appChunk, turbopack } = load();
    runtimeChunk();
    appChunk();
    nextTask(page);
    await microtasks();
    const own = Object.getOwnPropertyDescriptor(page.self, 'TURBOPACK')!;
    expect(own.value).toBe(turbopack().runtime);
    expect(own.value.push).toBe(turbopack().push);
  });

  it('puts the bootstrap back where it was when the runtime never arrives', () => {
    const { page } = load();
    page.scripts[0]!.onerror!();
    (page.self.TURBOPACK as unknown[]).push(['/app.js']);
    page.scripts[1]!.onload!();
    expect(page.self.TURBOPACK).toEqual([['/app.js'], BOOTSTRAP]);
  });

  it('leaves a page without a bootstrap alone', () => {
    const page = runLoader({ turbopack: [['/x.js']] });
    page.listeners.get('keydown')!();
    nextTask(page);
    expect(Object.getOwnPropertyDescriptor(page.self, 'TURBOPACK')!.value).toEqual([['/x.js']]);
  });
});

describe('paintFirst', () => {
  const expected = rewriteWhole(PAGE);

  it('rewrites a prerendered page and drops its stale length', async () => {
    const { res, text } = await get('/page', { headers: { 'accept-encoding': 'identity' } });
    expect(text).toBe(expected);
    expect(Number(res.headers.get('content-length'))).toBe(Buffer.byteLength(expected));
  });

  it('rewrites a streamed page under brotli, whose headers are flushed before the body', async () => {
    const raw = await new Promise<Buffer>((resolve, reject) =>
      http
        .get(`${base}/streamed`, { headers: { 'accept-encoding': 'br' } }, (res) => {
          expect(res.headers['content-encoding']).toBe('br');
          const chunks: Buffer[] = [];
          res.on('data', (c) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks)));
        })
        .on('error', reject),
    );
    expect(zlib.brotliDecompressSync(raw).toString()).toBe(expected);
  });

  it('takes the payload out of a page with an ETag, keeps the page, and rewrites it when the ETag changes', async () => {
    const whole = rewriteDocument(PAGE, '/isr');
    const first = await get('/isr', { headers: { 'accept-encoding': 'identity' } });
    const second = await get('/isr', { headers: { 'accept-encoding': 'identity' } });
    expect(first.text).toBe(whole.html);
    expect(second.text).toBe(whole.html);
    expect(Number(second.res.headers.get('content-length'))).toBe(Buffer.byteLength(whole.html));
    expect(rewritten.pages.size).toBe(1);

    const payload = await get(`/_payload/${whole.payload!.hash}.json?from=%2Fisr`);
    expect(payload.res.status).toBe(200);
    expect(payload.res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(payload.res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(JSON.parse(payload.text)).toEqual(inlineRows(PAGE));

    etag = '"v2"';
    const third = await get('/isr', { headers: { 'accept-encoding': 'br' } });
    expect(third.text).toBe(rewriteDocument(CHANGED, '/isr').html);
    expect(rewritten.pages.size).toBe(2);
    expect(rendered).toBe(3);
  });

  it('asks for the page again when it no longer holds a payload, and answers 404 for one that is gone', async () => {
    etag = '"v3"';
    const { hash } = rewriteDocument(CHANGED, '/isr').payload!;
    rewritten.pages.clear();
    rewritten.payloads.clear();
    const refilled = await get(`/_payload/${hash}.json?from=%2Fisr`);
    expect(refilled.res.status).toBe(200);
    expect(JSON.parse(refilled.text)).toEqual(inlineRows(CHANGED));
    const gone = rewriteDocument(PAGE, '/isr').payload!.hash;
    for (const path of [`/_payload/${gone}.json?from=%2Fisr`, `/_payload/${gone}.json`, '/_payload/x.json']) {
      const { res } = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('answers HEAD with the length GET sends, and claims no length it does not know', async () => {
    const { res } = await get('/page', { method: 'HEAD', headers: { 'accept-encoding': 'identity' } });
    expect(Number(res.headers.get('content-length'))).toBe(Buffer.byteLength(expected));
    const identity = { 'accept-encoding': 'identity' };
    const first = await get('/next-head', { method: 'HEAD', headers: identity });
    expect(first.res.headers.get('content-length')).toBeNull();
    const { text } = await get('/next-head', { headers: identity });
    const kept = await get('/next-head', { method: 'HEAD', headers: identity });
    expect(Number(kept.res.headers.get('content-length'))).toBe(Buffer.byteLength(text));
  });

  it('answers a payload revalidation with 304', async () => {
    const { hash } = rewriteDocument(PAGE, '/next-head').payload!;
    await get('/next-head');
    for (const tag of [`"${hash}"`, `W/"${hash}"`, `"other", W/"${hash}"`]) {
      const { res } = await get(`/_payload/${hash}.json`, { headers: { 'if-none-match': tag } });
      expect(res.status, tag).toBe(304);
    }
    expect((await get(`/_payload/${hash}.json`, { headers: { 'if-none-match': '"other"' } })).res.status).toBe(200);
    // Anything but GET and HEAD is refused before any page is asked for again.
    const before = rendered;
    const { res } = await get(`/_payload/${'A'.repeat(22)}.json?from=%2Fisr`, { method: 'POST' });
    expect(res.status).toBe(405);
    expect(rendered).toBe(before);
  });

  it('leaves anything that is not HTML alone', async () => {
    const { text } = await get('/app.js');
    expect(text).toContain('<script src="/_next/static/chunks/a.js" async=""></script>');
  });
});

describe('PaintCache', () => {
  it('drops the least recently used page together with its payload, within its bytes', () => {
    const cache = new PaintCache(100);
    const payload = (hash: string) => ({ hash, body: Buffer.alloc(20) });
    cache.set('a', Buffer.alloc(20), payload('pa'));
    cache.set('b', Buffer.alloc(20), payload('pb'));
    expect(cache.page('a')).toBeDefined();
    cache.set('c', Buffer.alloc(20), payload('pc'));
    expect(cache.page('b')).toBeUndefined();
    expect(cache.payload('pb')).toBeUndefined();
    expect(cache.payload('pa')).toBeDefined();
    expect(cache.bytes).toBe(80);
    cache.set('a', Buffer.alloc(10));
    expect(cache.payload('pa')).toBeUndefined();
    expect(cache.bytes).toBe(50);
  });

  it('never hands out a page whose payload is gone', () => {
    const cache = new PaintCache(1000);
    cache.set('old', Buffer.alloc(10), { hash: 'same', body: Buffer.alloc(5) });
    cache.set('new', Buffer.alloc(10), { hash: 'same', body: Buffer.alloc(5) });
    cache.set('old', Buffer.alloc(10));
    expect(cache.page('new')).toBeUndefined();
    expect(cache.pages.has('new')).toBe(false);
    expect(cache.bytes).toBe(10);
  });
});
