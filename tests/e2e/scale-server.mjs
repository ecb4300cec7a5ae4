// The scaled stack for the "scale" end-to-end project: a CoinGecko stand-in (port 3297), a real
// redis-server (6391), one build with REDIS_URL (.next-scale), and two server.mjs instances
// (3301, 3302) sharing their cache. A control port (3300) lets tests stop and restart Redis.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

const STANDIN = 3297;
const REDIS = 6391;
const env = {
  ...process.env,
  NEXT_DIST_DIR: '.next-scale',
  REDIS_URL: `redis://127.0.0.1:${REDIS}`,
  MARKET_DATA_SOURCE: 'coingecko',
  COINGECKO_API_BASE: `http://127.0.0.1:${STANDIN}`,
  MARKET_REVALIDATE_SECONDS: '300',
  REVALIDATE_SECRET: 'scale-secret',
  NEXT_COMPRESS: 'false',
};
const children = new Set();
const start = (cmd, args, extra = {}) => {
  const child = spawn(cmd, args, { env: { ...env, ...extra }, stdio: ['ignore', 'inherit', 'inherit'] });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
};
const stopAll = () => {
  for (const child of children) child.kill('SIGTERM');
};
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (stopAll(), process.exit(0)));

const dir = mkdtempSync(path.join(tmpdir(), 'redis-'));
let redis = null;
const startRedis = () =>
  (redis = start('redis-server', [
    '--port',
    String(REDIS),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
    '--dir',
    dir,
  ]));

async function until(url) {
  for (let i = 0; i < 300; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

start('node', ['tests/e2e/stand-in/server.mjs'], { STANDIN_PORT: String(STANDIN) });
startRedis();
await until(`http://127.0.0.1:${STANDIN}/__stats`);
if (!process.env.SKIP_SCALE_BUILD) {
  await new Promise((resolve, reject) => {
    const build = start('node_modules/.bin/next', ['build']);
    build.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`build exited ${code}`))));
  });
}
// As `npm start` serves (server.mjs: compression and paint-first around Next's handler).
for (const port of [3301, 3302]) start('node', ['server.mjs', '-p', String(port), '-H', '127.0.0.1']);
await until('http://127.0.0.1:3301/api/health');

createServer((req, res) => {
  if (req.method === 'POST' && req.url === '/redis/stop') redis?.kill('SIGKILL');
  if (req.method === 'POST' && req.url === '/redis/start' && (!redis || redis.exitCode !== null || redis.killed))
    startRedis();
  res.end('ok');
}).listen(3300, '127.0.0.1');
console.log('scale stack up: instances 3301 and 3302, redis 6391, stand-in 3297');
