// Starts `next start` (of the site, or of another app directory such as the bench's floor) on a
// port for a measuring script and stops it afterwards.
import { spawn } from 'node:child_process';

export async function withServer(port, fn, env = {}, dir = '.', readyPath = '/api/health') {
  const server = spawn('node_modules/.bin/next', ['start', dir, '-p', String(port), '-H', '127.0.0.1'], {
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
