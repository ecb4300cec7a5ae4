// Builds the site against the CoinGecko, DefiLlama and Akash Console stand-in into .next-live and serves it on port 3200:
// the "live" end-to-end project tests ISR, the webhook and upstream faults on this server.
import { spawn } from 'node:child_process';

const env = {
  ...process.env,
  NEXT_DIST_DIR: '.next-live',
  MARKET_DATA_SOURCE: 'coingecko',
  COINGECKO_API_BASE: `http://127.0.0.1:${process.env.STANDIN_PORT ?? 3299}`,
  DEFILLAMA_API_BASE: `http://127.0.0.1:${process.env.STANDIN_PORT ?? 3299}`,
  COMPUTE_DATA_SOURCE: 'akash',
  AKASH_CONSOLE_API_BASE: `http://127.0.0.1:${process.env.STANDIN_PORT ?? 3299}`,
  MARKET_REVALIDATE_SECONDS: '4',
  REVALIDATE_SECRET: 'e2e-secret',
};

async function standInUp() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${env.COINGECKO_API_BASE}/__stats`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('stand-in did not start');
}

function run(args) {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['next', ...args], { env, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next ${args[0]} exited ${code}`))));
  });
}

await standInUp();
await fetch(`${env.COINGECKO_API_BASE}/__stats`, { method: 'POST' });
if (!process.env.SKIP_LIVE_BUILD) await run(['build']);
const stats = await (await fetch(`${env.COINGECKO_API_BASE}/__stats`)).json();
console.log(
  `live build: ${stats.markets} /coins/markets, ${stats.charts} /market_chart, ${stats.llama} DefiLlama and ${stats.akash} /v1/gpu-prices requests upstream`,
);
const server = spawn('npx', ['next', 'start', '-p', '3200', '-H', '127.0.0.1'], { env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
