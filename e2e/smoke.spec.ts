import { cspViolations, expect, pasteBox, test } from './fixtures.ts';

test('the page loads with its paste box, under the CSP, without errors', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Bounce Doctor/);
  await expect(pasteBox(page)).toBeVisible();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
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
