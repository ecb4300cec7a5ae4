// npm run load — a short load run against the production build: zero errors and zero non-2xx
// required (exit 1 otherwise); prints throughput, p50/p99 latency and server memory before/after.
import { readFileSync } from 'node:fs';

import autocannon from 'autocannon';

import { withServer } from './serve.mjs';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 8);
const ROUTES = ['/en', '/ru/market', '/es/tokens/render'];
const rssMb = (pid) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS'));
  return Math.round(Number(line?.match(/\d+/)?.[0] ?? 0) / 1024);
};

let failed = false;
await withServer(3403, async (base, pid) => {
  for (const route of ROUTES) await fetch(base + route); // warm the cache
  const before = rssMb(pid);
  console.log(`server memory before: ${before} MB`);
  console.log('route               req/s   p50 ms   p99 ms   errors  non-2xx');
  for (const route of ROUTES) {
    const r = await autocannon({ url: base + route, connections: 20, duration: SECONDS });
    const bad = r.errors + r.timeouts + r.non2xx;
    if (bad > 0) failed = true;
    console.log(
      `${route.padEnd(18)} ${String(Math.round(r.requests.average)).padStart(6)} ${String(r.latency.p50).padStart(8)} ${String(r.latency.p99).padStart(8)} ${String(r.errors + r.timeouts).padStart(8)} ${String(r.non2xx).padStart(8)}`,
    );
  }
  console.log(`server memory after: ${rssMb(pid)} MB`);
});
process.exit(failed ? 1 : 0);
