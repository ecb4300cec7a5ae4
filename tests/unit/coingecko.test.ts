import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { getCoinGecko, resetCoolDown, UpstreamError } from '@/lib/market/coingecko';
import { readMarketConfig } from '@/lib/market/config';

// A local stand-in for the API: each test says how it should answer.
let respond: (res: ServerResponse, url: URL, headers: IncomingHttpHeaders) => void;
let hits = 0;
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    hits++;
    respond(res, new URL(req.url ?? '/', 'http://x'), req.headers);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

beforeEach(() => {
  hits = 0;
  resetCoolDown();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

const config = () =>
  readMarketConfig({ MARKET_DATA_SOURCE: 'coingecko', COINGECKO_API_BASE: base, COINGECKO_API_KEY: 'k123' });

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UpstreamError);
  return error as UpstreamError;
}

describe('getCoinGecko', () => {
  it('sends the query and the demo key, and returns the body with the answer time', async () => {
    let seen: { url?: URL; key?: string | string[] } = {};
    respond = (res, url, headers) => {
      seen = { url, key: headers['x-cg-demo-api-key'] };
      res.writeHead(200, { 'content-type': 'application/json', date: 'Tue, 12 Feb 2024 22:51:00 GMT' });
      res.end('[]');
    };
    const answer = await getCoinGecko(config(), '/coins/markets', { vs_currency: 'usd', ids: 'filecoin' });
    expect(answer).toEqual({ body: [], answeredAt: '2024-02-12T22:51:00.000Z' });
    expect(seen.url?.pathname).toBe('/coins/markets');
    expect(seen.url?.searchParams.get('ids')).toBe('filecoin');
    expect(seen.key).toBe('k123');
  });

  it('uses the pro header for the pro plan', async () => {
    let header: string | string[] | undefined;
    respond = (res, _url, headers) => {
      header = headers['x-cg-pro-api-key'];
      res.end('[]');
    };
    await getCoinGecko(
      readMarketConfig({ COINGECKO_API_BASE: base, COINGECKO_API_KEY: 'p', COINGECKO_API_PLAN: 'pro' }),
      '/x',
      {},
    );
    expect(header).toBe('p');
  });

  it('reports an upstream 500 as an http failure and logs one structured line', async () => {
    respond = (res) => {
      res.writeHead(500);
      res.end('oops');
    };
    const error = await failure(getCoinGecko(config(), '/coins/markets', {}));
    expect(error).toMatchObject({ kind: 'http', status: 500 });
    const line = JSON.parse(String(vi.mocked(console.warn).mock.calls.at(-1)?.[0]));
    expect(line).toMatchObject({ event: 'market.upstream_failure', kind: 'http', status: 500 });
    expect(JSON.stringify(line)).not.toContain('k123');
  });

  it('honours Retry-After after a 429: no request reaches upstream until it has passed', async () => {
    respond = (res) => {
      res.writeHead(429, { 'retry-after': '30' });
      res.end();
    };
    expect(await failure(getCoinGecko(config(), '/coins/markets', {}))).toMatchObject({
      kind: 'rate-limited',
      status: 429,
    });
    expect(await failure(getCoinGecko(config(), '/coins/markets', {}))).toMatchObject({ kind: 'rate-limited' });
    expect(hits).toBe(1);
  });

  it('reports a body that is not JSON as malformed', async () => {
    respond = (res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"prices": [');
    };
    expect(await failure(getCoinGecko(config(), '/coins/markets', {}))).toMatchObject({ kind: 'malformed' });
  });

  it('gives up on a hanging upstream after its timeout', async () => {
    respond = () => {
      /* never answers */
    };
    const started = Date.now();
    expect(await failure(getCoinGecko({ ...config(), timeoutMs: 300 }, '/coins/markets', {}))).toMatchObject({
      kind: 'timeout',
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reports an unreachable host as a network failure', async () => {
    const error = await failure(getCoinGecko({ ...config(), apiBase: 'http://127.0.0.1:1' }, '/coins/markets', {}));
    expect(error.kind).toBe('network');
  });
});

describe('readMarketConfig', () => {
  it('defaults to the offline snapshot, the public API and an hourly period', () => {
    expect(readMarketConfig({})).toMatchObject({
      source: 'snapshot',
      apiBase: 'https://api.coingecko.com/api/v3',
      apiKey: undefined,
      plan: 'demo',
      revalidateSeconds: 3600,
    });
  });

  it('ignores a revalidate period that is not a positive number', () => {
    expect(readMarketConfig({ MARKET_REVALIDATE_SECONDS: 'soon' }).revalidateSeconds).toBe(3600);
    expect(readMarketConfig({ MARKET_REVALIDATE_SECONDS: '-5' }).revalidateSeconds).toBe(3600);
    expect(readMarketConfig({ MARKET_REVALIDATE_SECONDS: '60' }).revalidateSeconds).toBe(60);
  });
});
