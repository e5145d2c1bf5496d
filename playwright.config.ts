/**
 * End-to-end tests: Debian's Chromium (browser downloads do not work here) against the BUILT app served
 * by `vite preview`, whose /dns-query is proxied to a real local DoH server (nsd + dnsdist, started from
 * test/dns-server/serve.ts with the zones of e2e/zones.ts).
 *
 * Start order matters and is Playwright's: web servers start in array order before any test, and a named
 * group of `wait.stdout` becomes an environment variable of the runner, which the next server inherits.
 * So the DNS stack prints its URL, BOUNCE_DOCTOR_DOH_PORT is set from it, and vite.config.ts proxies
 * /dns-query to that port. Run through `npm run test:e2e` (scripts/run-e2e.mjs), which picks a free port
 * for the preview server and prints the "N passed, N failed" line.
 */
import { defineConfig } from '@playwright/test';

// Chosen once in the runner and inherited by the workers it forks, so every process agrees on the URL.
process.env.E2E_PORT ??= String(20_000 + Math.floor(Math.random() * 20_000));
const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;

/** A separate output folder, so an e2e build never clobbers someone's `npm run build` in dist/. */
const outDir = '.tmp/e2e-dist';

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  // Two cores are shared by the whole team: one browser at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: '.tmp/e2e-report.json' }]],
  use: {
    baseURL,
    browserName: 'chromium',
    headless: true,
    // The copy buttons write to the clipboard, and the specs read it back.
    permissions: ['clipboard-read', 'clipboard-write'],
    viewport: { width: 1280, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
      // No --user-data-dir: Playwright refuses it and already gives every launch a fresh profile.
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      name: 'dns',
      command: 'node_modules/.bin/tsx test/dns-server/serve.ts --zones e2e/zones.ts',
      wait: { stdout: /http:\/\/127\.0\.0\.1:(?<bounce_doctor_doh_port>[0-9]+)\/dns-query/ },
      // SIGTERM lets serve.ts stop nsd and dnsdist and remove its temp dir.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
      timeout: 30_000,
      stdout: 'ignore',
    },
    {
      name: 'app',
      // Vite by its own binary, not npx: npm exec does not pass signals on and a server would survive.
      command: `node_modules/.bin/vite build --logLevel warn --outDir ${outDir} --emptyOutDir && node_modules/.bin/vite preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
      url: `${baseURL}/`,
      reuseExistingServer: false,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
      timeout: 240_000,
      stdout: 'ignore',
    },
  ],
});
