// npm run bench — throughput and latency of the production server for three pages, side by side
// with nginx (Debian package) serving the same prerendered HTML; prints each ratio. Needs a build.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import autocannon from 'autocannon';

import { withServer } from './serve.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PAGES = ['/en', '/ru/market', '/en/tokens/render'];
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
const headers = { 'accept-encoding': 'gzip, br' };

async function measure(url) {
  await autocannon({ url, connections: 4, duration: 1, headers }); // warm up
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx };
}

async function withNginx(fn) {
  const root = mkdtempSync(path.join(tmpdir(), 'bench-nginx-'));
  for (const page of PAGES) {
    const target = path.join(root, 'html', page, 'index.html');
    mkdirSync(path.dirname(target), { recursive: true });
    const html = readFileSync(path.join('.next/server/app', `${page}.html`));
    writeFileSync(target, html);
    // Compressed once, ahead of time, as a static host would serve it (gzip_static).
    writeFileSync(`${target}.gz`, gzipSync(html, { level: 9 }));
  }
  const conf = path.join(root, 'nginx.conf');
  writeFileSync(
    conf,
    `worker_processes auto; daemon off; pid ${root}/nginx.pid; error_log ${root}/error.log;
events { worker_connections 1024; }
http { access_log off; sendfile on; gzip_static on;
  client_body_temp_path ${root}; proxy_temp_path ${root}; fastcgi_temp_path ${root}; uwsgi_temp_path ${root}; scgi_temp_path ${root};
  server { listen 127.0.0.1:3502; root ${root}/html; location / { default_type text/html; try_files $uri $uri/index.html =404; } } }`,
  );
  const nginx = spawn(NGINX, ['-c', conf], { stdio: 'inherit' });
  await new Promise((r) => setTimeout(r, 500));
  try {
    return await fn('http://127.0.0.1:3502');
  } finally {
    nginx.kill('SIGTERM');
  }
}

// As deployed behind a compressing front proxy (deploy/): Next itself does not compress.
const next = await withServer(
  3501,
  async (base) => {
    const out = {};
    for (const page of PAGES) out[page] = await measure(base + page);
    return out;
  },
  { NEXT_COMPRESS: 'false' },
);
const nginx = NGINX
  ? await withNginx(async (base) => {
      const out = {};
      for (const page of PAGES) out[page] = await measure(base + page);
      return out;
    })
  : null;
if (!NGINX) console.log('nginx not found (apt-get install -y nginx): printing Next.js figures only');

const f = (n) => String(Math.round(n)).padStart(7);
console.log(
  `\n${SECONDS}s per run, ${CONNECTIONS} connections; next start with NEXT_COMPRESS=false, nginx serving the prerendered HTML pre-compressed (gzip_static)`,
);
console.log('page                 next req/s  p50  p99 | nginx req/s  p50  p99 | next/nginx');
for (const page of PAGES) {
  const a = next[page];
  const b = nginx?.[page];
  console.log(
    `${page.padEnd(20)} ${f(a.rps)}   ${f(a.p50)} ${f(a.p99)} | ${b ? `${f(b.rps)}   ${f(b.p50)} ${f(b.p99)}` : '      -'} | ${b ? (a.rps / b.rps).toFixed(3) : '-'}${a.errors || b?.errors ? `  (errors: next ${a.errors}, nginx ${b?.errors ?? 0})` : ''}`,
  );
}
