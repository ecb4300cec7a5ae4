import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import vm from 'node:vm';
import zlib from 'node:zlib';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CompressedCache, compressResponse } from '../../lib/server/compression.mjs';
import { loaderScript, PaintFirst, paintFirst } from '../../lib/server/paint-first.mjs';

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
  '<script>self.__next_f.push([1,"Вычисления"])</script></body></html>';

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

/** Runs the loader in a stand-in window and reports which scripts it appended, and when. */
function runLoader({ visibility = 'visible', lcp = true }: { visibility?: string; lcp?: boolean } = {}) {
  const appended: string[] = [];
  const timers: (() => void)[] = [];
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
  const context = {
    PerformanceObserver,
    document: {
      visibilityState: visibility,
      createElement: () => ({ src: '', async: false }),
      head: { appendChild: (el: { src: string }) => appended.push(el.src) },
    },
    setTimeout: (fn: () => void) => timers.push(fn),
    requestAnimationFrame: (fn: () => void) => frames.push(fn),
    addEventListener: (type: string, fn: () => void) => listeners.set(type, fn),
  };
  const code = loaderScript(['/a.js', '/b.js']).replace(/^<script>|<\/script>$/g, '');
  vm.runInNewContext(code, { ...context, window: context });
  const drain = <T extends () => void>(queue: T[]) => queue.splice(0).forEach((fn) => fn());
  return { appended, timers, frames, listeners, paint: () => observed?.(), drain };
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
    expect(page.appended).toEqual(['/a.js']);
    settle(page);
    expect(page.appended).toEqual(['/a.js', '/b.js']);
    page.listeners.get('pointerdown')!();
    settle(page);
    expect(page.appended).toEqual(['/a.js', '/b.js']);
  });

  it('does not wait for a paint when the reader is already acting', () => {
    const page = runLoader();
    page.listeners.get('keydown')!();
    expect(page.appended).toEqual(['/a.js']);
  });

  it('loads at once in a tab nobody is looking at, where no paint will be reported', () => {
    const page = runLoader({ visibility: 'hidden' });
    expect(page.appended).toEqual(['/a.js']);
    settle(page);
    expect(page.appended).toEqual(['/a.js', '/b.js']);
  });

  it('waits for the first frame in a browser without LCP entries, with a timer behind it', () => {
    const page = runLoader({ lcp: false });
    expect(page.appended).toEqual([]);
    page.drain(page.frames);
    page.timers.pop()!();
    expect(page.appended).toEqual(['/a.js']);
    const late = runLoader({ lcp: false });
    settle(late);
    expect(late.appended).toEqual(['/a.js', '/b.js']);
  });
});

let server: http.Server;
let base = '';
const rewritten = new CompressedCache(1024 * 1024);
let etag = '"v1"';
let rendered = 0;

beforeAll(async () => {
  const cache = new CompressedCache(1024 * 1024);
  server = http.createServer((req, res) => {
    compressResponse(req, res, cache);
    paintFirst(req, res, rewritten);
    if (req.url === '/isr') {
      // A prerendered page with its ETag, as Next sends it from the cache; `rendered` counts bodies.
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('ETag', etag);
      rendered++;
      return res.end(etag === '"v1"' ? PAGE : PAGE.replace('Текст', 'Новый текст'));
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

  it('keeps a rewritten page by ETag, and rewrites it again when the ETag changes', async () => {
    const first = await get('/isr', { headers: { 'accept-encoding': 'identity' } });
    const second = await get('/isr', { headers: { 'accept-encoding': 'identity' } });
    expect(first.text).toBe(expected);
    expect(second.text).toBe(expected);
    expect(Number(second.res.headers.get('content-length'))).toBe(Buffer.byteLength(expected));
    expect(rewritten.entries.size).toBe(1);
    etag = '"v2"';
    const third = await get('/isr', { headers: { 'accept-encoding': 'br' } });
    expect(third.text).toBe(rewriteWhole(PAGE.replace('Текст', 'Новый текст')));
    expect(rewritten.entries.size).toBe(2);
    expect(rendered).toBe(3);
  });

  it('answers HEAD with the length GET sends', async () => {
    const { res } = await get('/page', { method: 'HEAD', headers: { 'accept-encoding': 'identity' } });
    expect(Number(res.headers.get('content-length'))).toBe(Buffer.byteLength(expected));
  });

  it('leaves anything that is not HTML alone', async () => {
    const { text } = await get('/app.js');
    expect(text).toContain('<script src="/_next/static/chunks/a.js" async=""></script>');
  });
});
