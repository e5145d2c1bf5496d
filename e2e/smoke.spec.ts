import { cspViolations, expect, pasteBox, test, waitForChecks } from './fixtures.ts';

test('the page loads with its paste box, under the CSP, without errors', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Bounce Doctor/);
  await expect(pasteBox(page)).toBeVisible();
  // The first policy is index.html's; the app adds a narrowing one (tested below).
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').first().getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
});

test('the DoH endpoint on the page origin answers from the local DNS stack', async ({ page, request }) => {
  // dns-packet is not needed: a hand-made query for example.com MX (RFC 1035 wire format).
  const query = Buffer.from('000001000001000000000000076578616d706c6503636f6d00000f0001', 'hex');
  const response = await request.post('/dns-query', { headers: { 'content-type': 'application/dns-message', accept: 'application/dns-message' }, data: query });
  expect(response.status()).toBe(200);
  const body = await response.body();
  expect(body.readUInt16BE(6), 'answer count').toBeGreaterThan(0);
  expect(body.includes(Buffer.from('mail', 'ascii'))).toBe(true);
  await page.goto('/');
});

test('the CSP is enforced, not just present: an injected inline script does not run', async ({ page, watch }) => {
  // Chromium reports each refusal on the console too; provoked here on purpose.
  watch.allowConsoleErrors.push(/Content Security Policy/);
  await page.goto('/');
  await expect(pasteBox(page)).toBeVisible();
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.head.append(script);
    const handler = document.createElement('img');
    handler.setAttribute('src', 'data:,');
    handler.setAttribute('onerror', 'window.__inlineRan = true;');
    handler.setAttribute('onload', 'window.__inlineRan = true;');
    document.body.append(handler);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
  const violations = await cspViolations(page);
  expect(violations.some((v) => v.startsWith('script-src'))).toBe(true);
  // These violations were provoked on purpose: clear them so the page watch checks only the app's own.
  await page.evaluate(() => { (window as unknown as { __cspViolations: string[] }).__cspViolations = []; });
});

/** Settings-independent sources the app adds at start-up: its own origin and the built-in resolvers. */
const NARROWED = "connect-src 'self' https://cloudflare-dns.com https://dns.google";

test('the analysis worker starts from a blob: URL, after the page narrowed connect-src to the resolvers in Settings', async ({ page }) => {
  await page.goto('/');
  await waitForChecks(page);
  const policies = await page.locator('meta[http-equiv="Content-Security-Policy"]').evaluateAll((metas) => metas.map((m) => m.getAttribute('content')));
  expect(policies).toHaveLength(2);
  expect(policies[0]).toContain("worker-src 'self' blob:");
  // The fixture's settings use /dns-query on the page's own origin, which 'self' already covers.
  expect(policies[1]).toBe(NARROWED);
  const workers = page.workers().map((worker) => worker.url());
  expect(workers.length, 'the analysis worker is running').toBeGreaterThan(0);
  expect(workers.every((url) => url.startsWith('blob:'))).toBe(true);
});

test('a worker started like the app\'s is held to the page\'s policy: an origin not in Settings is refused before any request leaves', async ({ page, baseURL, watch }) => {
  // The two refused fetches below are provoked on purpose; Chromium reports each on the console.
  watch.allowConsoleErrors.push(/Content Security Policy|Failed to fetch|ERR_CONNECTION_REFUSED|Failed to load resource/);
  // The control request to Cloudflare is allowed by the policy and must reach the network layer.
  watch.allowForeignRequests = true;
  const reached: string[] = [];
  await page.context().route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => { reached.push(new URL(route.request().url()).origin); return route.abort('connectionrefused'); });
  await page.goto('/');
  await expect(pasteBox(page)).toBeVisible();

  const targets = ['https://unconfigured.example/dns-query', 'https://cloudflare-dns.com/dns-query', `${baseURL}/dns-query?dns=AAABAAABAAAAAAAAB2V4YW1wbGUDY29tAAAPAAE`];
  const fromWorker = await page.evaluate(async (urls) => {
    // The same construction as src/app/worker/client.ts: a blob: module worker created by the page.
    const source = `
      const violations = [];
      self.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective + ' ' + event.blockedURI));
      self.onmessage = async (event) => {
        const outcomes = [];
        for (const url of event.data) {
          try { const response = await fetch(url); outcomes.push('status ' + response.status); }
          catch (error) { outcomes.push(error.name); }
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
        postMessage({ outcomes, violations });
      };`;
    const blobUrl = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    const worker = new Worker(blobUrl, { type: 'module' });
    const answer = await new Promise<{ outcomes: string[]; violations: string[] }>((resolve, reject) => {
      worker.onmessage = (event) => resolve(event.data as { outcomes: string[]; violations: string[] });
      worker.onerror = () => reject(new Error('the probe worker did not start'));
      worker.postMessage(urls);
    });
    worker.terminate();
    return answer;
  }, targets);

  expect(fromWorker.outcomes[0], 'origin not in Settings').toBe('TypeError');
  expect(fromWorker.violations).toEqual(['connect-src https://unconfigured.example/dns-query']);
  expect(fromWorker.outcomes[1], 'Cloudflare: allowed by the policy, refused by the test network').toBe('TypeError');
  expect(fromWorker.outcomes[2], 'own origin').toBe('status 200');
  expect(reached, 'only the allowed origin reached the network').toEqual(['https://cloudflare-dns.com']);

  // The page itself is narrowed too (the static policy alone would allow any https origin).
  const fromPage = await page.evaluate(() => fetch('https://unconfigured.example/dns-query').then(() => 'fetched', (error: Error) => error.name));
  expect(fromPage).toBe('TypeError');
  expect(await cspViolations(page)).toEqual([expect.stringMatching(/^connect-src blocked https:\/\/unconfigured\.example\/dns-query /)]);
  expect(reached).toEqual(['https://cloudflare-dns.com']);
  // Provoked on purpose: cleared so the fixture checks only the app's own.
  await page.evaluate(() => { (window as unknown as { __cspViolations: string[] }).__cspViolations = []; });
});
