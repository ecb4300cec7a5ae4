// npm run bench:scale — req/s and p99 of /ru/market and /en/tokens/render for: one instance alone,
// two instances behind nginx without its cache, nginx with its cache (deploy/nginx.conf), and nginx
// serving the prerendered HTML; each as a ratio of the last. Needs redis-server, nginx and a build.
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import autocannon from 'autocannon';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const PAGES = ['/ru/market', '/en/tokens/render'];
const dist = process.env.NEXT_DIST_DIR || '.next';
const root = mkdtempSync(path.join(tmpdir(), 'bench-scale-'));
chmodSync(root, 0o755);
const procs = [];
const run = (cmd, args, env = {}) => {
  const p = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  procs.push(p);
  return p;
};
const up = async (url) => {
  for (let i = 0; i < 150; i++) {
    if (
      await fetch(url).then(
        (r) => r.status < 500,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
};

function nginxConf(name, port, body) {
  const dir = path.join(root, name);
  // nginx workers run unprivileged: they must be able to write their temp and cache folders.
  for (const d of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi', 'cache']) {
    mkdirSync(path.join(dir, d), { recursive: true });
    chmodSync(path.join(dir, d), 0o777);
  }
  chmodSync(dir, 0o755);
  const conf = path.join(dir, 'nginx.conf');
  writeFileSync(conf, body.replaceAll('__ROOT__', dir).replaceAll('__PORT__', String(port)));
  return conf;
}

const template = readFileSync('deploy/nginx.conf', 'utf8').replace(
  '__UPSTREAMS__',
  'server 127.0.0.1:3711; server 127.0.0.1:3712;',
);
const staticRoot = path.join(root, 'static');
for (const page of PAGES) {
  const file = path.join(staticRoot, page, 'index.html');
  mkdirSync(path.dirname(file), { recursive: true });
  const html = readFileSync(path.join(dist, 'server/app', `${page}.html`));
  writeFileSync(file, html);
  writeFileSync(`${file}.gz`, gzipSync(html, { level: 9 }));
}

const env = { NEXT_DIST_DIR: dist, REDIS_URL: 'redis://127.0.0.1:6392' };
try {
  run('redis-server', ['--port', '6392', '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', root]);
  for (const port of [3711, 3712]) run('node_modules/.bin/next', ['start', '-p', String(port), '-H', '127.0.0.1'], env);
  run('nginx', ['-c', nginxConf('cached', 3721, template)]);
  run('nginx', ['-c', nginxConf('uncached', 3722, template.replace(/proxy_cache pages;/g, 'proxy_cache off;'))]);
  run('nginx', [
    '-c',
    nginxConf(
      'static',
      3723,
      `daemon off; pid __ROOT__/nginx.pid; error_log __ROOT__/error.log; events {}
http { access_log off; sendfile on; gzip_static on; client_body_temp_path __ROOT__/body; proxy_temp_path __ROOT__/proxy; fastcgi_temp_path __ROOT__/fastcgi; uwsgi_temp_path __ROOT__/uwsgi; scgi_temp_path __ROOT__/scgi;
server { listen 127.0.0.1:__PORT__; root ${staticRoot}; location / { default_type text/html; try_files $uri $uri/index.html =404; } } }`,
    ),
  ]);
  for (const port of [3711, 3712, 3721, 3722, 3723]) await up(`http://127.0.0.1:${port}${PAGES[0]}`);

  const setups = [
    ['one instance', 3711],
    ['2 instances, nginx, no cache', 3722],
    ['2 instances, nginx cache', 3721],
    ['nginx static HTML', 3723],
  ];
  const headers = { 'accept-encoding': 'gzip' };
  console.log(`${SECONDS}s per run, 50 connections, gzip accepted`);
  for (const page of PAGES) {
    const results = [];
    for (const [name, port] of setups) {
      const url = `http://127.0.0.1:${port}${page}`;
      await autocannon({ url, connections: 4, duration: 1, headers });
      const r = await autocannon({ url, connections: 50, duration: SECONDS, headers });
      results.push({ name, rps: r.requests.average, p99: r.latency.p99, bad: r.errors + r.timeouts + r.non2xx });
    }
    const base = results.at(-1).rps;
    console.log(`\n${page}\nsetup                          req/s     p99 ms   of static${''}`);
    for (const r of results) {
      console.log(
        `${r.name.padEnd(30)} ${String(Math.round(r.rps)).padStart(6)} ${String(r.p99).padStart(10)} ${(r.rps / base).toFixed(2).padStart(10)}${r.bad ? `  (${r.bad} errors/non-2xx)` : ''}`,
      );
    }
  }
} finally {
  for (const p of procs) p.kill('SIGTERM');
}
