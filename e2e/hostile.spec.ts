/** Pasted text is only ever rendered as text: markup in a bounce never runs, directly or via a link. */
import { encodeShareLink } from '../src/core/share/index.ts';
import { expect, pasteBox, test, waitForChecks } from './fixtures.ts';
import { saveScreenshot } from './helpers.ts';

const HOSTILE = [
  'Return-Path: <>',
  'From: "<script>window.__pwned=1;alert(1)</script>" <mailer-daemon@example.org>',
  'To: victim@example.com',
  'Subject: <img src=x onerror="window.__pwned=2;alert(2)"> Undelivered Mail',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<html><body onload="window.__pwned=3">',
  '<p>Delivery to <b>target@example.net</b> failed:</p>',
  '<pre>550 5.1.1 &lt;target@example.net&gt;: Recipient address rejected: User unknown <img src=x onerror="window.__pwned=4;alert(4)"></pre>',
  '<script>window.__pwned=5;alert(5)</script><iframe src="javascript:alert(6)"></iframe>',
  '<a href="javascript:window.__pwned=7">click</a> <svg onload="window.__pwned=8"></svg>',
  '</body></html>',
  '',
  'Plain part: <script>window.__pwned=9</script> <img src=x onerror=alert(10)> [x](javascript:alert(11))',
].join('\n');

async function expectNothingRan(page: import('@playwright/test').Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  // No element from the bounce made it into the DOM as markup.
  await expect(page.locator('img[src="x"], iframe, svg[onload], [onerror], [onload]')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  const scripts = await page.locator('script').evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ''));
  expect(scripts.filter((text) => text.includes('__pwned'))).toEqual([]);
}

test('markup in a pasted bounce is shown as text and never runs', async ({ page }) => {
  await page.goto('/');
  await pasteBox(page).fill(HOSTILE);
  await expect(page.getByRole('article', { name: 'Result for target@example.net' })).toBeVisible();
  await waitForChecks(page).catch(() => undefined);
  // The bounce text view shows the markup literally.
  await expect(page.getByText('<script>window.__pwned=9</script>', { exact: false }).first()).toBeVisible();
  await page.waitForTimeout(500); // give any onerror/onload a chance to fire (it must not)
  await expectNothingRan(page);
  await saveScreenshot(page, 'hostile-text');
});

test('markup in a shared link is shown as text and never runs', async ({ page }) => {
  const link = encodeShareLink({ v: 1, bounce: HOSTILE, settings: { resolver: 'custom', customResolverUrl: '/dns-query', blocklists: [] }, redacted: false });
  expect(link.ok).toBe(true);
  if (!link.ok) return;
  await page.goto(`/#${link.value}`);
  await expect(pasteBox(page)).toHaveValue(HOSTILE);
  await expect(page.getByRole('article', { name: 'Result for target@example.net' })).toBeVisible();
  await page.waitForTimeout(500);
  await expectNothingRan(page);
});
