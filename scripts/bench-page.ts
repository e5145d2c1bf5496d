/**
 * Page-side speed of the built app in Debian's Chromium (issue 5: "a large paste never freezes the page",
 * initial load). Builds into .tmp/bench-page-dist, serves it with `vite preview` on a free loopback port,
 * and prints:
 *   - fresh load: first contentful paint and time until the first result headline (median of LOAD_RUNS);
 *   - a 10 MB paste delivered as a real paste event on the box "Paste a bounce": time until its diagnosis
 *     shows, and the longest main-thread stall meanwhile (max gap between animation frames, and the
 *     longest 'longtask' entry).
 * Every request not to the page's own origin is aborted (the DoH checks then say "could not check"; only
 * the page's own work is timed). Figures depend on the machine's load: its load average is printed too.
 * Run: npm run bench:page
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { chromium, type Browser, type Page } from 'playwright-core';
import { median } from './median.ts';

const OUT_DIR = '.tmp/bench-page-dist';
/** Fresh loads timed; the median is printed (one load is noisy on 2 shared cores). */
const LOAD_RUNS = 5;
/** Size of the pasted text: the "large paste". */
const PASTE_BYTES = 10 * 1024 * 1024;
/** The failed recipient of the big paste: its result headline is what "the diagnosis shows" means. */
const BIG_RECIPIENT = 'lena.moreau@example.net';
/** Longest wait for a server, a page or a diagnosis before the bench gives up (a hang is a finding). */
const WAIT_MS = 120_000;
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function build(): void {
  const result = spawnSync('./node_modules/.bin/vite', ['build', '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status ?? result.signal})`);
}

/** Starts `vite preview` and resolves once it answers HTTP on the port. */
async function startPreview(port: number): Promise<ChildProcess> {
  const child = spawn('./node_modules/.bin/vite', ['preview', '--outDir', OUT_DIR, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode})`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      if (response.ok) return child;
    } catch { /* not listening yet */ }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGTERM');
  throw new Error('vite preview did not answer in time');
}

async function newPage(browser: Browser, origin: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // tsx compiles with esbuild's keepNames, which wraps named inner functions in `__name(...)`; the
  // functions handed to page.evaluate run in the page, where that helper must exist too.
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  await page.route('**/*', (route) => (route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort()));
  return page;
}

const HEADLINE = 'article[aria-label^="Result for"] h2';

interface LoadFigures { fcpMs: number; headlineMs: number }

/** One fresh load in a fresh context (empty cache, empty storage). Times are from navigation start. */
async function timeLoad(browser: Browser, origin: string): Promise<LoadFigures> {
  const page = await newPage(browser, origin);
  try {
    await page.goto(`${origin}/`, { timeout: WAIT_MS });
    await page.waitForSelector(HEADLINE, { timeout: WAIT_MS });
    // Playwright polls for the headline, so this is an upper bound, within about one frame.
    const headlineMs = await page.evaluate(() => performance.now());
    const fcpMs = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN);
    return { fcpMs, headlineMs };
  } finally {
    await page.context().close();
  }
}

/**
 * A realistic DSN (multipart/report, one failed recipient, the original message returned) whose returned
 * message body is padded with log-like lines to `bytes`.
 */
function bigBounce(args: { bytes: number; recipient: string }): string {
  const head = [
    'Return-Path: <>',
    'Received: from mx1.example.net (mx1.example.net [192.0.2.25]) by mail.example.org with ESMTP id 4Bq7; Mon, 16 Nov 2026 09:12:04 +0000',
    'From: Mail Delivery System <MAILER-DAEMON@mail.example.org>',
    'To: sales@example.org',
    'Subject: Undelivered Mail Returned to Sender',
    'Date: Mon, 16 Nov 2026 09:12:05 +0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="BENCH.BOUNDARY"',
    '',
    '--BENCH.BOUNDARY',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'This is the mail system at host mail.example.org.',
    '',
    'I\'m sorry to have to inform you that your message could not be delivered to one or more recipients.',
    '',
    `<${args.recipient}>: host mx1.example.net[192.0.2.25] said: 550 5.1.1 <${args.recipient}>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)`,
    '',
    '--BENCH.BOUNDARY',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mail.example.org',
    'Arrival-Date: Mon, 16 Nov 2026 09:12:03 +0000',
    '',
    `Final-Recipient: rfc822; ${args.recipient}`,
    `Original-Recipient: rfc822; ${args.recipient}`,
    'Action: failed',
    'Status: 5.1.1',
    'Remote-MTA: dns; mx1.example.net',
    `Diagnostic-Code: smtp; 550 5.1.1 <${args.recipient}>: Recipient address rejected: User unknown in virtual mailbox table`,
    '',
    '--BENCH.BOUNDARY',
    'Content-Type: message/rfc822',
    '',
    'From: sales@example.org',
    `To: ${args.recipient}`,
    'Subject: Quarterly export',
    'Date: Mon, 16 Nov 2026 09:11:58 +0000',
    'Content-Type: text/plain; charset=us-ascii',
    '',
  ].join('\r\n');
  const tail = '\r\n--BENCH.BOUNDARY--\r\n';
  const line = '2026-11-16 09:11:57 order=000000 customer=client.example.com amount=19.90 status=shipped ref=ABCDEFGHIJ\r\n';
  const lines = Math.max(0, Math.floor((args.bytes - head.length - tail.length) / line.length));
  const body = line.repeat(lines);
  const pad = ' '.repeat(Math.max(0, args.bytes - head.length - tail.length - body.length));
  return head + body + pad + tail;
}

interface PasteFigures { chars: number; headline: string; diagnosisMs: number; maxFrameGapMs: number; longestTaskMs: number; longTasks: number }

/**
 * Loads the page, waits for it to settle, then pastes the big bounce with a real `paste` event carrying a
 * DataTransfer (what the browser sends on Ctrl+V). Times from the dispatch to the big recipient's headline.
 */
async function timePaste(browser: Browser, origin: string): Promise<PasteFigures> {
  const page = await newPage(browser, origin);
  try {
    await page.goto(`${origin}/`, { timeout: WAIT_MS });
    await page.waitForSelector(HEADLINE, { timeout: WAIT_MS });
    await page.waitForTimeout(1_000);
    const text = bigBounce({ bytes: PASTE_BYTES, recipient: BIG_RECIPIENT });
    return await page.evaluate(async ({ text, recipient, waitMs }) => {
      const box = document.querySelector<HTMLTextAreaElement>('#bounce-input');
      if (!box) throw new Error('no paste box');
      const label = box.labels?.[0]?.textContent?.trim();
      if (label !== 'Paste a bounce') throw new Error(`paste box label is "${label ?? ''}"`);
      const transfer = new DataTransfer();
      transfer.setData('text/plain', text);
      box.focus();

      let start = Number.POSITIVE_INFINITY;
      let longestTaskMs = 0;
      let longTasks = 0;
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          // The task that received the 10 MB argument and filled the DataTransfer is setup, not the app.
          if (entry.startTime < start) continue;
          longTasks += 1;
          longestTaskMs = Math.max(longestTaskMs, entry.duration);
        }
      });
      observer.observe({ type: 'longtask' });

      let maxFrameGapMs = 0;
      let running = true;
      await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      let last = performance.now();
      const frame = (now: number) => {
        maxFrameGapMs = Math.max(maxFrameGapMs, now - last);
        last = now;
        if (running) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);

      const selector = `article[aria-label="Result for ${recipient}"] h2`;
      start = performance.now();
      const shown = new Promise<number>((resolve, reject) => {
        const check = () => {
          if (document.querySelector(selector)) { mutations.disconnect(); resolve(performance.now()); }
        };
        const mutations = new MutationObserver(check);
        mutations.observe(document.body, { childList: true, subtree: true, attributes: true });
        setTimeout(() => { mutations.disconnect(); reject(new Error(`no diagnosis for ${recipient} after ${waitMs} ms`)); }, waitMs);
      });
      box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
      const end = await shown;
      // Two more frames so a stall caused by painting the result itself is counted.
      await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
      running = false;
      // Long tasks are delivered asynchronously; give the observer a moment.
      await new Promise((resolve) => setTimeout(resolve, 100));
      observer.disconnect();
      const headline = document.querySelector(selector)?.textContent ?? '';
      return { chars: text.length, headline, diagnosisMs: end - start, maxFrameGapMs, longestTaskMs, longTasks };
    }, { text, recipient: BIG_RECIPIENT, waitMs: WAIT_MS });
  } finally {
    await page.context().close();
  }
}

const ms = (value: number) => `${Math.round(value)} ms`;
const load = () => loadavg().map((value) => value.toFixed(2)).join(' ');

async function main(): Promise<void> {
  console.log(`load average before: ${load()} (1, 5, 15 min; 2 shared cores)`);
  build();
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let preview: ChildProcess | undefined;
  let browser: Browser | undefined;
  const stop = () => { preview?.kill('SIGTERM'); };
  process.on('SIGINT', () => { stop(); process.exit(130); });
  process.on('SIGTERM', () => { stop(); process.exit(143); });
  try {
    preview = await startPreview(port);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    console.log(`Chromium ${browser.version()}, app from ${OUT_DIR} on ${origin}`);

    const loads: LoadFigures[] = [];
    for (let run = 0; run < LOAD_RUNS; run += 1) loads.push(await timeLoad(browser, origin));
    const fcp = loads.map((l) => l.fcpMs);
    const headline = loads.map((l) => l.headlineMs);
    console.log(`fresh load (median of ${LOAD_RUNS}): first contentful paint ${ms(median(fcp))} (${fcp.map(ms).join(', ')})`);
    console.log(`fresh load (median of ${LOAD_RUNS}): first result headline ${ms(median(headline))} (${headline.map(ms).join(', ')})`);

    const paste = await timePaste(browser, origin);
    console.log(`10 MB paste (${(paste.chars / 1024 / 1024).toFixed(1)} MiB, ${paste.chars.toLocaleString('en')} chars): diagnosis shown after ${ms(paste.diagnosisMs)} ("${paste.headline}")`);
    console.log(`10 MB paste: longest gap between frames ${ms(paste.maxFrameGapMs)}; longest long task ${ms(paste.longestTaskMs)} (${paste.longTasks} long tasks over 50 ms)`);
    console.log(`load average after: ${load()}`);
  } finally {
    await browser?.close().catch(() => undefined);
    stop();
  }
}

main().then(() => process.exit(0), (error: unknown) => {
  console.error(`bench:page failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
