import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { readFundamentalsConfig } from '@/lib/fundamentals/config';
import { getFeesSummary, resetDefiLlamaCoolDown } from '@/lib/fundamentals/defillama';
import { reshapeFeesSummary } from '@/lib/fundamentals/reshape';
import { UpstreamError } from '@/lib/upstream';

// A local stand-in for DefiLlama: each test says how it answers.
let respond: (res: ServerResponse, url: URL) => void;
let hits = 0;
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    hits++;
    respond(res, new URL(req.url ?? '/', 'http://x'));
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
  resetDefiLlamaCoolDown();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

const config = () => readFundamentalsConfig({ MARKET_DATA_SOURCE: 'coingecko', DEFILLAMA_API_BASE: `${base}/` });

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UpstreamError);
  return error as UpstreamError;
}

describe('getFeesSummary', () => {
  it('asks for one protocol and data type and returns the body with the answer time', async () => {
    let seen: URL | undefined;
    respond = (res, url) => {
      seen = url;
      res.writeHead(200, { 'content-type': 'application/json', date: 'Tue, 01 Dec 2026 10:00:00 GMT' });
      res.end(JSON.stringify({ total24h: 1, total7d: 7, total30d: 30, totalDataChart: [[1764547200, 1]] }));
    };
    const answer = await getFeesSummary(config(), 'render-network', 'dailyRevenue');
    expect(seen?.pathname).toBe('/summary/fees/render-network');
    expect(seen?.searchParams.get('dataType')).toBe('dailyRevenue');
    expect(answer.answeredAt).toBe('2026-12-01T10:00:00.000Z');
    expect(reshapeFeesSummary(answer.body).total30d).toBe(30);
  });

  it('reports a 500 as an http failure in one structured log line', async () => {
    respond = (res) => {
      res.writeHead(500);
      res.end('oops');
    };
    expect(await failure(getFeesSummary(config(), 'akash-network', 'dailyFees'))).toMatchObject({
      kind: 'http',
      status: 500,
    });
    expect(vi.mocked(console.warn)).toHaveBeenCalledTimes(1);
    const line = JSON.parse(String(vi.mocked(console.warn).mock.calls[0]?.[0]));
    expect(line).toMatchObject({
      event: 'fundamentals.upstream_failure',
      kind: 'http',
      status: 500,
      path: '/summary/fees/akash-network?dataType=dailyFees',
    });
  });

  it('cools down after a 429: no request reaches upstream until Retry-After has passed', async () => {
    respond = (res) => {
      res.writeHead(429, { 'retry-after': '30' });
      res.end();
    };
    expect(await failure(getFeesSummary(config(), 'filecoin', 'dailyFees'))).toMatchObject({
      kind: 'rate-limited',
      status: 429,
    });
    expect(await failure(getFeesSummary(config(), 'arweave', 'dailyFees'))).toMatchObject({ kind: 'rate-limited' });
    expect(hits).toBe(1);
  });

  it('reports a body that is not JSON as malformed', async () => {
    respond = (res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"total30d": ');
    };
    expect(await failure(getFeesSummary(config(), 'filecoin', 'dailyFees'))).toMatchObject({ kind: 'malformed' });
  });

  it('gives up on a hanging upstream at its deadline', async () => {
    respond = () => {
      /* never answers */
    };
    const started = Date.now();
    expect(await failure(getFeesSummary({ ...config(), timeoutMs: 300 }, 'filecoin', 'dailyFees'))).toMatchObject({
      kind: 'timeout',
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('readFundamentalsConfig', () => {
  it('reads DefiLlama only with live market data, from the public API by default', () => {
    expect(readFundamentalsConfig({})).toMatchObject({
      live: false,
      apiBase: 'https://api.llama.fi',
      revalidateSeconds: 3600,
    });
    expect(readFundamentalsConfig({ MARKET_DATA_SOURCE: 'coingecko', MARKET_REVALIDATE_SECONDS: '4' })).toMatchObject({
      live: true,
      revalidateSeconds: 4,
    });
  });
});
