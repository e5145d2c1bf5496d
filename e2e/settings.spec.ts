/** Settings: switching the resolver to a custom URL in the dialog makes the checks use it. */
import { EXAMPLES } from '../src/app/examples/index.ts';
import { expect, test, waitForChecks } from './fixtures.ts';
import { diagnosisSnapshot, statusOf } from './helpers.ts';

test('Google first (unreachable here), then "Custom URL" set in the dialog: the checks answer', async ({ page, watch }) => {
  watch.allowForeignRequests = true;
  watch.allowConsoleErrors.push(/ERR_CONNECTION_REFUSED|Failed to load resource/);
  const foreign: string[] = [];
  // Nothing leaves the machine: the Google resolver is refused here, like a network that blocks it.
  await page.context().route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => { foreign.push(new URL(route.request().url()).origin); return route.abort('connectionrefused'); });
  await page.addInitScript(() => {
    localStorage.setItem('bounce-doctor.settings', JSON.stringify({ state: { resolver: 'google', customResolverUrl: '', blocklists: [], dqsKey: '' }, version: 1 }));
  });
  await page.goto('/');
  await page.getByRole('button', { name: EXAMPLES[0]!.name, exact: true }).click();
  await waitForChecks(page);
  expect(await statusOf(page, 'MX')).toBe('Could not check');
  expect([...new Set(foreign)]).toEqual(['https://dns.google']);

  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('radio', { name: /Google/ })).toBeChecked();
  await dialog.getByRole('textbox', { name: 'Custom URL' }).fill('/dns-query');
  await expect(dialog.getByRole('radio', { name: /Custom URL/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Done' }).click();

  foreign.length = 0;
  await page.getByRole('button', { name: EXAMPLES[1]!.name, exact: true }).click();
  await waitForChecks(page);
  expect(await statusOf(page, 'MX')).toBe('Pass');
  const { checks } = await diagnosisSnapshot(page);
  expect(Object.values(checks)).not.toContain('Checking…');
  expect(foreign, 'no request to Google after the switch').toEqual([]);
  // The choice is kept in this browser.
  const stored = await page.evaluate(() => localStorage.getItem('bounce-doctor.settings'));
  expect(stored).toContain('"resolver":"custom"');
});

test('a custom resolver on a new origin: the dialog says the page will reload, and the reloaded page may reach it (and only then asks it)', async ({ page, watch }) => {
  watch.allowForeignRequests = true;
  watch.allowConsoleErrors.push(/ERR_CONNECTION_REFUSED|Failed to load resource/);
  const reached: string[] = [];
  // The new resolver is refused here (nothing leaves the machine); what matters is whether it is asked.
  await page.context().route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => { reached.push(new URL(route.request().url()).origin); return route.abort('connectionrefused'); });
  await page.goto('/');
  await waitForChecks(page);
  const narrowed = page.locator('meta[http-equiv="Content-Security-Policy"]').nth(1);
  await expect(narrowed).toHaveAttribute('content', "connect-src 'self' https://cloudflare-dns.com https://dns.google");

  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog');
  const field = dialog.getByRole('textbox', { name: 'Custom URL' });
  await field.fill('https://doh.resolver.example/dns-query');
  await expect(field).toHaveAccessibleDescription(/reloads when you close Settings/);
  // Back to a resolver the page may already reach: no reload announced.
  await field.fill('/dns-query');
  await expect(field).not.toHaveAccessibleDescription(/reload/);
  await field.fill('https://doh.resolver.example/dns-query');
  expect(reached, 'nothing asked before the reload').toEqual([]);

  const reloaded = page.waitForEvent('load');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await reloaded;
  await expect(narrowed).toHaveAttribute('content', "connect-src 'self' https://cloudflare-dns.com https://dns.google https://doh.resolver.example");
  await waitForChecks(page);
  expect(await statusOf(page, 'MX')).toBe('Could not check');
  expect([...new Set(reached)], 'the new resolver was asked (no CSP refusal)').toEqual(['https://doh.resolver.example']);
});
