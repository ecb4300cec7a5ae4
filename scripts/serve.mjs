// Starts a production server on a port for a measuring script and stops it afterwards: the site's
// server.mjs (what `npm start` serves), or `next start` for an app without one (the bench's floor,
// or an older checkout being compared).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export async function withServer(port, fn, env = {}, dir = '.', readyPath = '/api/health') {
  const args = ['-p', String(port), '-H', '127.0.0.1'];
  const [command, argv] = existsSync(path.join(dir, 'server.mjs'))
    ? [process.execPath, [path.join(dir, 'server.mjs'), ...args]]
    : ['node_modules/.bin/next', ['start', dir, ...args]];
  const server = spawn(command, argv, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; ; i++) {
      if (
        await fetch(`${base}${readyPath}`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      if (i > 150) throw new Error('server did not start');
      await new Promise((r) => setTimeout(r, 200));
    }
    return await fn(base, server.pid);
  } finally {
    process.kill(-server.pid, 'SIGTERM');
  }
}

export const CHROMIUM = {
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
