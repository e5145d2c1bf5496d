#!/usr/bin/env node
// Runs the whole end-to-end suite (playwright.config.ts: build, preview server, local DNS stack, specs)
// and ends with one plain line "N passed, N failed". Exits non-zero when a test failed, or when the run
// itself broke (no report). Extra arguments go to `playwright test` (e.g. a spec file, --grep).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';

const REPORT = '.tmp/e2e-report.json';

/** A port nothing listens on now, on loopback (the preview server takes it with --strictPort). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

mkdirSync('.tmp', { recursive: true });
rmSync(REPORT, { force: true });
const env = { ...process.env, E2E_PORT: String(await freePort()) };
// Playwright by its own binary (not npx), so a signal reaches it and it stops its servers.
const child = spawn('node_modules/.bin/playwright', ['test', ...process.argv.slice(2)], { stdio: 'inherit', env });
const forward = (signal) => child.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
const code = await new Promise((resolve) => child.on('close', (status, signal) => resolve(status ?? (signal ? 1 : 0))));

if (!existsSync(REPORT)) {
  console.log('0 passed, 0 failed (the run did not complete; see the output above)');
  process.exit(code || 1);
}
const { stats, errors = [] } = JSON.parse(readFileSync(REPORT, 'utf8'));
const passed = (stats.expected ?? 0) + (stats.flaky ?? 0);
const failed = stats.unexpected ?? 0;
const notes = [];
if (stats.flaky) notes.push(`${stats.flaky} flaky`);
if (stats.skipped) notes.push(`${stats.skipped} skipped`);
if (errors.length) notes.push(`${errors.length} run error${errors.length === 1 ? '' : 's'}`);
console.log(`${passed} passed, ${failed} failed${notes.length ? ` (${notes.join(', ')})` : ''}`);
process.exit(failed > 0 || errors.length > 0 ? (code || 1) : code);
