/**
 * Share links: the same diagnosis in a fresh browser, a clear message for a damaged or foreign link, and
 * redaction that really removes names from what the link carries.
 */
import { EXAMPLES } from '../src/app/examples/index.ts';
import { decodeShareLink, encodeShareLink } from '../src/core/share/index.ts';
import { expect, pasteBox, seedSettings, test, waitForChecks } from './fixtures.ts';
import { copyFrom, diagnosisSnapshot, saveScreenshot } from './helpers.ts';

const userUnknown = EXAMPLES.find((e) => e.id === 'user-unknown')!;

/** Opens a URL in a brand-new browser context (no storage, no clipboard): what a colleague gets. */
async function openFresh(browser: import('@playwright/test').Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await seedSettings(page);
  await page.goto(url);
  return { context, page };
}

function fragmentOf(url: string): string {
  return new URL(url).hash.slice(1);
}

test('a link opened in a fresh browser gives the same diagnosis', async ({ page, browser }) => {
  await page.goto('/');
  await page.getByRole('button', { name: userUnknown.name, exact: true }).click();
  await waitForChecks(page);
  await page.getByRole('checkbox', { name: /hide names/i }).uncheck();
  const url = await copyFrom(page, 'Copy link');
  expect(url).toMatch(/#share=1\.[A-Za-z0-9_-]+$/);
  const decoded = decodeShareLink(fragmentOf(url));
  expect(decoded.ok && decoded.value.bounce).toBe(userUnknown.text);
  const before = await diagnosisSnapshot(page);

  const fresh = await openFresh(browser, url);
  try {
    await expect(pasteBox(fresh.page)).toHaveValue(userUnknown.text);
    await waitForChecks(fresh.page);
    expect(await diagnosisSnapshot(fresh.page)).toEqual(before);
    await expect(fresh.page.getByRole('status').filter({ hasText: /shared diagnosis/i })).toBeVisible();
    await saveScreenshot(fresh.page, 'opened-share-link');
  } finally {
    await fresh.context.close();
  }
});

test('redaction (on by default) removes names from the link and keeps the diagnosis', async ({ page, browser }) => {
  await page.goto('/');
  await page.getByRole('button', { name: userUnknown.name, exact: true }).click();
  await expect(page.getByRole('article', { name: 'Result for jane.doe@example.net' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /hide names/i })).toBeChecked();
  const url = await copyFrom(page, 'Copy link');
  const decoded = decodeShareLink(fragmentOf(url));
  expect(decoded.ok).toBe(true);
  if (!decoded.ok) return;
  expect(decoded.value.redacted).toBe(true);
  const bounce = decoded.value.bounce;
  for (const name of ['anna', 'Anna', 'berg', 'Berg', 'jane', 'Jane', 'Doe']) {
    expect(bounce, `"${name}" in the link`).not.toMatch(new RegExp(`(?<![A-Za-z])${name}(?![A-Za-z])`));
  }
  // Domains and IPs stay, since the checks need them.
  for (const kept of ['example.net', 'mail.example.com', '192.0.2.44', '198.51.100.25', '5.1.1']) expect(bounce).toContain(kept);

  const fresh = await openFresh(browser, url);
  try {
    const result = fresh.page.getByRole('article', { name: /^Result for user\d+@example\.net$/ });
    await expect(result).toBeVisible();
    await expect(result).toContainText('5.1.1');
    await expect(fresh.page.getByRole('status').filter({ hasText: /hid mailbox and personal names/i })).toBeVisible();
    const text = await fresh.page.locator('body').innerText();
    expect(text).not.toMatch(/anna\.berg|jane\.doe|Anna Berg|Jane Doe/i);
  } finally {
    await fresh.context.close();
  }
});

test('redaction also reaches inside base64-encoded parts (Microsoft-style NDR)', async ({ page }) => {
  const html = '<p>Dear Robin,</p>\r\n<p>Your message to <b>Kim Lindqvist (kim.lindqvist@example.net)</b> couldn\'t be delivered.</p>\r\n'
    + '<p>kim.lindqvist wasn\'t found at example.net.</p>\r\n<p>Remote server returned 550 5.1.10 RESOLVER.ADR.RecipientNotFound</p>\r\n';
  const bounce = [
    'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>',
    'To: Robin Fischer <robin.fischer@example.com>', 'Subject: Undeliverable: Quarterly numbers', 'MIME-Version: 1.0',
    'Content-Type: text/html; charset="utf-8"', 'Content-Transfer-Encoding: base64', '',
    Buffer.from(html, 'utf8').toString('base64').replace(/(.{76})/g, '$1\n'), '',
  ].join('\n');
  await page.goto('/');
  await pasteBox(page).fill(bounce);
  await expect(page.getByRole('article', { name: 'Result for kim.lindqvist@example.net' })).toBeVisible();
  const url = await copyFrom(page, 'Copy link');
  const decoded = decodeShareLink(fragmentOf(url));
  expect(decoded.ok).toBe(true);
  if (!decoded.ok) return;
  const base64Body = /base64\n\n([A-Za-z0-9+/=\n]+)/.exec(decoded.value.bounce)?.[1] ?? '';
  const inner = Buffer.from(base64Body.replace(/\n/g, ''), 'base64').toString('utf8');
  expect(inner).toContain('RESOLVER.ADR.RecipientNotFound');
  for (const text of [decoded.value.bounce, inner]) expect(text).not.toMatch(/Robin|Fischer|Kim|Lindqvist|kim\.lindqvist|robin\.fischer/i);
});

test('a DQS key set in Settings never goes into the link', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Spamhaus DQS key').fill('e2edqskey0123456789abcdef');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: userUnknown.name, exact: true }).click();
  await expect(page.getByRole('article', { name: 'Result for jane.doe@example.net' })).toBeVisible();
  const url = await copyFrom(page, 'Copy link');
  const decoded = decodeShareLink(fragmentOf(url));
  expect(JSON.stringify(decoded)).not.toContain('e2edqskey0123456789abcdef');
  expect(url).not.toContain('e2edqskey');
});

test.describe('a damaged or foreign link gives a clear message, never a broken page', () => {
  const good = encodeShareLink({ v: 1, bounce: userUnknown.text, settings: { resolver: 'cloudflare', customResolverUrl: null, blocklists: [] }, redacted: false });
  if (!good.ok) throw new Error('could not encode the test link');
  const fragment = good.value;
  const middle = Math.floor(fragment.length / 2);
  const cases: [string, string, RegExp][] = [
    ['cut short', fragment.slice(0, middle), /damaged/i],
    ['one character changed', fragment.slice(0, middle) + (fragment[middle] === 'A' ? 'B' : 'A') + fragment.slice(middle + 1), /damaged|not a valid/i],
    ['a newer version', fragment.replace('share=1.', 'share=7.'), /different version/i],
    ['not base64url', 'share=1.%%%<script>alert(1)</script>', /damaged/i],
  ];
  for (const [what, tampered, message] of cases) {
    test(`${what}`, async ({ page }) => {
      await page.goto(`/#${tampered}`);
      await expect(page.getByRole('alert')).toContainText(message);
      await expect(pasteBox(page)).toBeVisible();
      await expect(pasteBox(page)).not.toHaveValue(userUnknown.text);
      if (what === 'cut short') await saveScreenshot(page, 'damaged-link');
      // The page still works: an example can be loaded right away.
      await page.getByRole('button', { name: userUnknown.name, exact: true }).click();
      await expect(page.getByRole('article', { name: 'Result for jane.doe@example.net' })).toBeVisible();
    });
  }
});
