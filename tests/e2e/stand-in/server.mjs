// A stand-in for the CoinGecko v3 API, DefiLlama's fees summaries and the Akash Console API's
// /v1/gpu-prices on 127.0.0.1, for end-to-end tests. Its figures are test fixtures (base price or
// daily USD x version), never shown to readers. Tests steer it through /__control: `mode`/`version`
// for CoinGecko, `llamaMode`/`llamaVersion` for DefiLlama, `akash: { mode, version }` for Akash, so
// each upstream can fail on its own.
import { createServer } from 'node:http';

const PORT = Number(process.env.STANDIN_PORT ?? 3299);
const COINS = [
  ['render-token', 'render', 'Render', 7.11, 520e6],
  ['akash-network', 'akt', 'Akash Network', 1.25, 280e6],
  ['io', 'io', 'io.net', 0.42, 190e6],
  ['filecoin', 'fil', 'Filecoin', 2.5, 700e6],
  ['arweave', 'ar', 'Arweave', 6.2, 65e6],
  ['helium', 'hnt', 'Helium', 2.9, 185e6],
  ['wifi', 'wifi', 'WiFi Map', 0.0123, 400e6],
  ['fetch-ai', 'fet', 'Artificial Superintelligence Alliance', 0.55, 2.6e9],
  ['bittensor', 'tao', 'Bittensor', 310, 9.6e6],
];

// DefiLlama protocols and their daily fees in USD (revenue is 80% of it) at version 1.
const PROTOCOLS = { 'render-network': 9000, 'akash-network': 4000, filecoin: 2500, arweave: 300, helium: 50 };

const state = {
  mode: 'ok',
  version: 1,
  llamaMode: 'ok',
  llamaVersion: 1,
  akash: { mode: 'ok', version: 1 },
  stats: { markets: 0, charts: 0, llama: 0, akash: 0 },
};
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function markets(ids) {
  const now = Date.now();
  return COINS.filter(([id]) => !ids || ids.includes(id)).map(([id, symbol, name, base, supply]) => {
    const price = Number((base * state.version).toFixed(6));
    return {
      id,
      symbol,
      name,
      image: `https://coin-images.coingecko.com/coins/images/1/large/${id}.png`,
      current_price: price,
      market_cap: Math.round(price * supply),
      market_cap_rank: 50,
      fully_diluted_valuation: Math.round(price * supply * 1.4),
      total_volume: Math.round(price * supply * 0.05),
      high_24h: price * 1.02,
      low_24h: price * 0.97,
      price_change_24h: price * 0.012,
      price_change_percentage_24h: 1.2,
      market_cap_change_24h: 1,
      market_cap_change_percentage_24h: 1.1,
      circulating_supply: supply,
      total_supply: supply * 1.4,
      max_supply: null,
      ath: price * 3,
      ath_change_percentage: -66,
      ath_date: '2024-03-17T16:30:24.636Z',
      atl: price / 10,
      atl_change_percentage: 900,
      atl_date: '2020-06-16T13:22:25.900Z',
      roi: null,
      last_updated: new Date(now - 60_000).toISOString(),
      sparkline_in_7d: {
        price: Array.from({ length: 168 }, (_, i) => price * (0.9 + 0.1 * Math.sin(i / 12) + i / 1680)),
      },
      price_change_percentage_24h_in_currency: 1.2,
      price_change_percentage_7d_in_currency: -3.4,
      price_change_percentage_30d_in_currency: 12.5,
    };
  });
}

function chart(id) {
  const coin = COINS.find(([cid]) => cid === id);
  if (!coin) return null;
  const end = Math.floor(Date.now() / DAY) * DAY;
  const prices = Array.from({ length: 366 }, (_, i) => [
    end - (365 - i) * DAY,
    coin[3] * state.version * (0.6 + 0.4 * (i / 365)),
  ]);
  return {
    prices,
    market_caps: prices.map(([t, p]) => [t, p * coin[4]]),
    total_volumes: prices.map(([t, p]) => [t, p * 1e6]),
  };
}

function feesSummary(protocol, dataType) {
  const daily = PROTOCOLS[protocol] * state.llamaVersion * (dataType === 'dailyRevenue' ? 0.8 : 1);
  const today = Math.floor(Date.now() / DAY) * DAY;
  return {
    name: protocol,
    total24h: daily,
    total7d: daily * 7,
    total30d: daily * 30,
    total1y: daily * 365,
    totalDataChart: Array.from({ length: 120 }, (_, i) => [(today - (119 - i) * DAY) / 1000, daily]),
  };
}

function llama(res, url) {
  state.stats.llama++;
  const protocol = decodeURIComponent(url.pathname.slice('/summary/fees/'.length));
  if (!(protocol in PROTOCOLS)) return send(res, 404, { message: 'protocol not found' });
  switch (state.llamaMode) {
    case '500':
      return send(res, 500, { message: 'internal' });
    case '429':
      return send(res, 429, { message: 'rate limited' }, { 'retry-after': '1' });
    case 'hang':
      return;
    case 'malformed':
      return send(res, 200, '{"total30d": ');
    case 'schema':
      return send(res, 200, { total30d: 'a lot', totalDataChart: 'none' });
  }
  return send(res, 200, feesSummary(protocol, url.searchParams.get('dataType') ?? 'dailyFees'));
}

// Akash Console /v1/gpu-prices (shape of akash-network/console GpuPricesResponseSchema). The H100's
// weighted average is 1.5 x the Akash version; 10 + version of its 40 GPUs are available.
function gpuPrices() {
  const v = state.akash.version;
  const price = (w) => ({
    currency: 'USD',
    min: +(w * 0.8).toFixed(4),
    max: +(w * 1.3).toFixed(4),
    avg: w,
    weightedAverage: w,
    med: w,
  });
  const h100 = price(+(1.5 * v).toFixed(4));
  if (state.akash.mode === 'outlier') h100.weightedAverage = +(h100.max * 3).toFixed(4); // the duplicate-provider bug
  const models = [
    {
      vendor: 'nvidia',
      model: 'h100',
      ram: '80Gi',
      interface: 'SXM5',
      availability: { total: 40, available: 10 + v },
      providerAvailability: { total: 3, available: 2 },
      price: h100,
    },
    {
      vendor: 'nvidia',
      model: 'a100',
      ram: '80Gi',
      interface: 'SXM4',
      availability: { total: 16, available: 4 },
      providerAvailability: { total: 2, available: 1 },
      price: price(0.9),
    },
    {
      vendor: 'nvidia',
      model: 'h200',
      ram: '141Gi',
      interface: 'SXM5',
      availability: { total: 8, available: 8 },
      providerAvailability: { total: 1, available: 1 },
      price: null,
    },
    {
      vendor: 'nvidia',
      model: 't4',
      ram: '16Gi',
      interface: 'PCIe',
      availability: { total: 2, available: 1 },
      providerAvailability: { total: 1, available: 1 },
      price: price(0.12),
    },
  ];
  return { availability: { total: 66, available: models.reduce((a, m) => a + m.availability.available, 0) }, models };
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${PORT}`);
  if (url.pathname === '/__control' && req.method === 'POST') {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    Object.assign(state, JSON.parse(raw || '{}'));
    return send(res, 200, {
      mode: state.mode,
      version: state.version,
      llamaMode: state.llamaMode,
      llamaVersion: state.llamaVersion,
    });
  }
  if (url.pathname === '/__stats') {
    if (req.method === 'POST') state.stats = { markets: 0, charts: 0, llama: 0, akash: 0 };
    return send(res, 200, {
      ...state.stats,
      mode: state.mode,
      version: state.version,
      llamaMode: state.llamaMode,
      llamaVersion: state.llamaVersion,
      akash: state.akash,
    });
  }

  if (url.pathname === '/v1/gpu-prices') {
    state.stats.akash++;
    switch (state.akash.mode) {
      case '500':
        return send(res, 500, { error: 'internal' });
      case '429':
        return send(res, 429, { error: 'rate limited' }, { 'retry-after': '1' });
      case 'hang':
        return; // never answers; the client's deadline must end it
      case 'malformed':
        return send(res, 200, '{"availability": {"total": 66, ');
      case 'schema':
        return send(res, 200, { gpus: { total: { allocatable: 66, allocated: 10 } } });
    }
    return send(res, 200, gpuPrices());
  }
  if (url.pathname.startsWith('/summary/fees/')) return llama(res, url);

  const isMarkets = url.pathname === '/coins/markets';
  const chartMatch = /^\/coins\/([^/]+)\/market_chart$/.exec(url.pathname);
  if (isMarkets) state.stats.markets++;
  if (chartMatch) state.stats.charts++;
  if (!isMarkets && !chartMatch) return send(res, 404, { error: 'not found' });

  switch (state.mode) {
    case '500':
      return send(res, 500, { error: 'internal' });
    case '429':
      return send(res, 429, { status: { error_code: 429, error_message: 'rate limited' } }, { 'retry-after': '1' });
    case 'hang':
      return; // never answers; the client's timeout must end it
    case 'malformed':
      return send(res, 200, '[{"id": "render-token", "current_price": ');
    case 'schema':
      return send(res, 200, { data: { coins: isMarkets ? markets() : [] } });
  }
  if (chartMatch) {
    const body = chart(decodeURIComponent(chartMatch[1]));
    return body ? send(res, 200, body) : send(res, 404, { error: 'coin not found' });
  }
  const body = markets(url.searchParams.get('ids')?.split(','));
  if (state.mode === 'invalid-entry') body[0].current_price = 'not a number';
  return send(res, 200, body);
});

server.listen(PORT, '127.0.0.1', () => console.log(`CoinGecko and DefiLlama stand-in on http://127.0.0.1:${PORT}`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
