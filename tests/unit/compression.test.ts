import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CompressedCache, compressResponse, negotiate } from '../../lib/server/compression.mjs';

describe('negotiate', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0.5, br;q=0.4', 'gzip'],
    ['*', 'br'],
    ['identity', undefined],
    ['*;q=0', undefined],
    ['gzip;q=0, br;q=0', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j -> %s', (header, expected) => {
    expect(negotiate(header)).toBe(expected);
  });
});

describe('CompressedCache', () => {
  it('drops the least recently used bodies past its byte limit', () => {
    const cache = new CompressedCache(10);
    cache.set('a', Buffer.alloc(4));
    cache.set('b', Buffer.alloc(4));
    cache.get('a');
    cache.set('c', Buffer.alloc(4));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toHaveLength(4);
    expect(cache.get('c')).toHaveLength(4);
    expect(cache.bytes).toBe(8);
  });

  it('runs one best-level job at a time and drops what would queue past 16', async () => {
    const cache = new CompressedCache(1024 * 1024);
    let finished = 0;
    await new Promise<void>((resolve) => {
      for (let i = 0; i < 40; i++)
        cache.fill(`k${i}`, 'br', Buffer.from(`body ${i} `.repeat(200)), () => {
          if (++finished === 40) resolve();
        });
    });
    expect(cache.entries.size).toBe(16);
    expect(cache.get('k0')).toBeDefined();
    expect(cache.get('k39')).toBeUndefined();
  });
});

// A page the size and shape of the guide: HTML, then the same text again as a JSON payload further
// than gzip's 32 KB window can see.
const paragraphs = Array.from(
  { length: 400 },
  (_, i) => `<p>Section ${i}: compute networks rent GPUs by the hour; node ${i * 7919} reports ${i % 13} jobs.</p>`,
).join('');
const PAGE = `<!DOCTYPE html><html><body>${paragraphs}<script>self.__next_f.push(${JSON.stringify(paragraphs)})</script></body></html>`;

let server: http.Server;
let base = '';
let cache: CompressedCache;
let release: (() => void) | undefined;

beforeAll(async () => {
  cache = new CompressedCache(1024 * 1024);
  server = http.createServer((req, res) => {
    compressResponse(req, res, cache);
    const url = new URL(req.url!, 'http://x');
    if (url.pathname === '/page') {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('ETag', '"page-v1"');
      if (req.headers['if-none-match']?.replace(/^W\//, '') === '"page-v1"') {
        res.statusCode = 304;
        return res.end();
      }
      // Streamed in two parts with a flush between them, as Next writes a rendered page.
      res.flushHeaders();
      res.write(PAGE.slice(0, 20_000));
      (res as unknown as { flush: () => void }).flush();
      return res.end(PAGE.slice(20_000));
    }
    if (url.pathname === '/stream') {
      res.setHeader('Content-Type', 'text/html');
      res.write('<!DOCTYPE html><p>first part</p>' + ' '.repeat(2000));
      (res as unknown as { flush: () => void }).flush();
      release = () => res.end('<p>second part</p>');
      return;
    }
    if (url.pathname === '/tiny') {
      res.setHeader('Content-Type', 'application/json');
      return res.end('{"ok":true}');
    }
    if (url.pathname === '/image') {
      res.setHeader('Content-Type', 'image/png');
      return res.end(Buffer.alloc(5000, 1));
    }
    if (url.pathname === '/big') {
      // 6 MB written with backpressure honoured, as Next's pipe does.
      res.setHeader('Content-Type', 'text/plain');
      let i = 0;
      const more = () => {
        while (i < 600) {
          const ok = res.write(`${String(i++).padStart(6, '0')} `.repeat(1250));
          if (!ok) return res.once('drain', more);
        }
        res.end();
      };
      return more();
    }
    res.statusCode = 404;
    res.end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => server.close());

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer; text: string };

function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    http
      .request(`${base}${path}`, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          const enc = res.headers['content-encoding'];
          const plain = enc === 'br' ? zlib.brotliDecompressSync(body) : enc === 'gzip' ? zlib.gunzipSync(body) : body;
          resolve({ status: res.statusCode!, headers: res.headers, body, text: plain.toString() });
        });
      })
      .on('error', reject)
      .end();
  });
}

const settle = () => new Promise((r) => setTimeout(r, 300));

describe('compressResponse', () => {
  it('answers brotli to a browser, streamed first, then from the best-level copy with a length', async () => {
    const first = await get('/page', { 'accept-encoding': 'gzip, deflate, br' });
    expect(first.headers['content-encoding']).toBe('br');
    expect(first.headers['content-length']).toBeUndefined();
    expect(first.headers.vary).toMatch(/Accept-Encoding/);
    expect(first.headers.etag).toBe('W/"page-v1"');
    expect(first.text).toBe(PAGE);

    await settle();
    const second = await get('/page', { 'accept-encoding': 'gzip, deflate, br' });
    expect(second.text).toBe(PAGE);
    expect(Number(second.headers['content-length'])).toBe(second.body.length);
    expect(second.body.length).toBeLessThanOrEqual(first.body.length);
    // Brotli sees the repeated payload that gzip's window misses.
    expect(second.body.length).toBeLessThan(zlib.gzipSync(PAGE, { level: 9 }).length * 0.8);
  });

  it('keys the kept copy by path, so a query string neither misses it nor queues new work', async () => {
    const answer = await get('/page?utm=1&x=%00', { 'accept-encoding': 'br' });
    expect(answer.text).toBe(PAGE);
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
  });

  it('answers gzip to a client without brotli and plain text to one without either', async () => {
    const gz = await get('/page', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.text).toBe(PAGE);
    const plain = await get('/page');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/Accept-Encoding/);
    expect(plain.headers.etag).toBe('"page-v1"');
    expect(plain.text).toBe(PAGE);
  });

  it('keeps revalidation working with the weakened ETag', async () => {
    const res = await get('/page', { 'accept-encoding': 'br', 'if-none-match': 'W/"page-v1"' });
    expect(res.status).toBe(304);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body).toHaveLength(0);
  });

  it('leaves small bodies, images and HEAD requests alone', async () => {
    const tiny = await get('/tiny', { 'accept-encoding': 'br' });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.text).toBe('{"ok":true}');
    const image = await get('/image', { 'accept-encoding': 'br' });
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.body).toHaveLength(5000);
    const head = await get('/page', { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.headers['content-encoding']).toBeUndefined();
  });

  it('sends what a streaming handler flushed before the handler ends', async () => {
    const seen = await new Promise<string>((resolve, reject) => {
      http
        .get(`${base}/stream`, { headers: { 'accept-encoding': 'br' } }, (res) => {
          const decoder = zlib.createBrotliDecompress();
          let text = '';
          res.pipe(decoder);
          decoder.on('data', (c: Buffer) => {
            text += c.toString();
            // The first part arrived while the handler still holds the response open.
            if (text.includes('first part') && release) {
              const seenBeforeEnd = text;
              release();
              release = undefined;
              decoder.on('end', () => resolve(seenBeforeEnd + ' | ' + text));
            }
          });
        })
        .on('error', reject);
    });
    expect(seen).toMatch(/first part.* \| .*first part.*second part/s);
    expect(seen.split(' | ')[0]).not.toContain('second part');
  });

  it('honours backpressure on a large body', async () => {
    const res = await get('/big', { 'accept-encoding': 'gzip' });
    expect(res.text).toHaveLength(600 * 7 * 1250);
    expect(res.text.slice(-14)).toBe('000599 000599 ');
  });
});
