import { defineConfig, type PlaywrightTestConfig } from '@playwright/test';

type WebServer =
  NonNullable<PlaywrightTestConfig['webServer']> extends infer W ? (W extends readonly (infer S)[] ? S : W) : never;

// Debian's Chromium, never a downloaded browser; these flags keep it off the closed network.
const chromium = {
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

// E2E_PROJECTS=site (comma-separated) runs some projects and starts only the servers they need:
// a developer checking the site project does not wait for the live and scale builds.
const only = process.env.E2E_PROJECTS?.split(',')
  .map((p) => p.trim())
  .filter(Boolean);
const wanted = (project: string) => !only || only.includes(project);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  reporter: [['list'], ['./tests/e2e/summary-reporter.ts']],
  use: { browserName: 'chromium', launchOptions: chromium, trace: 'off' },
  projects: [
    // The production build on its embedded snapshot: what `npm start` serves.
    { name: 'site', testDir: 'tests/e2e/site', fullyParallel: true, use: { baseURL: 'http://127.0.0.1:3100' } },
    // A second build against the CoinGecko stand-in: live data, ISR, the webhook, upstream faults.
    { name: 'live', testDir: 'tests/e2e/live', fullyParallel: false, use: { baseURL: 'http://127.0.0.1:3200' } },
    // Two instances of a third build sharing their cache through redis-server.
    { name: 'scale', testDir: 'tests/e2e/scale', fullyParallel: false },
  ].filter((project) => wanted(project.name)),
  webServer: (
    [
      {
        projects: ['site', 'live'],
        command: 'node tests/e2e/stand-in/server.mjs',
        url: 'http://127.0.0.1:3299/__stats',
        reuseExistingServer: !process.env.CI,
      },
      {
        projects: ['site'],
        command: 'node server.mjs -p 3100 -H 127.0.0.1',
        url: 'http://127.0.0.1:3100/api/health',
        reuseExistingServer: !process.env.CI,
        env: { REVALIDATE_SECRET: 'site-secret', DRAFT_SECRET: 'site-draft' },
      },
      {
        projects: ['live'],
        command: 'node tests/e2e/live-server.mjs',
        url: 'http://127.0.0.1:3200/api/health',
        timeout: 300_000,
        reuseExistingServer: !process.env.CI,
        stdout: 'pipe',
      },
      {
        projects: ['scale'],
        command: 'node tests/e2e/scale-server.mjs',
        url: 'http://127.0.0.1:3302/api/health',
        timeout: 300_000,
        reuseExistingServer: !process.env.CI,
      },
    ] satisfies Array<WebServer & { projects: string[] }>
  )
    .filter((server) => server.projects.some(wanted))
    .map(({ projects: _projects, ...server }) => server),
});
