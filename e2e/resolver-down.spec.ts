/** The resolver cannot be reached: the diagnosis still works (offline), the checks say so plainly. */
import { EXAMPLES } from '../src/app/examples/index.ts';
import { expect, test, waitForChecks } from './fixtures.ts';
import { diagnosisSnapshot, saveScreenshot } from './helpers.ts';

const userUnknown = EXAMPLES.find((e) => e.id === 'user-unknown')!;

/** Checks that need no DNS at all (the address syntax check): they may still pass offline. */
const OFFLINE_CHECKS = new Set(['Address']);

test('with the DoH endpoint refusing connections, every check says "Could not check"', async ({ page, watch }) => {
  // Chromium logs each refused fetch as a console error; those are the point of this test.
  watch.allowConsoleErrors.push(/ERR_CONNECTION_REFUSED|Failed to load resource/);
  let refused = 0;
  await page.route('**/dns-query**', (route) => { refused++; return route.abort('connectionrefused'); });
  await page.goto('/');
  await page.getByRole('button', { name: userUnknown.name, exact: true }).click();
  await expect(page.getByRole('article', { name: 'Result for jane.doe@example.net' })).toContainText('5.1.1');
  await waitForChecks(page);
  const { checks } = await diagnosisSnapshot(page);
  expect(Object.keys(checks).length).toBeGreaterThan(0);
  for (const [card, status] of Object.entries(checks)) {
    // Never a pass or fail made up from a failed lookup.
    if (!OFFLINE_CHECKS.has(card)) expect(['Could not check', 'Not applicable'], card).toContain(status);
  }
  expect(Object.values(checks)).toContain('Could not check');
  expect(refused).toBeGreaterThan(0);
  // Said in words somewhere on the page, not only by the badges.
  await expect(page.locator('main')).toContainText(/could not (be )?reach|not reachable|unreachable|could not connect|network/i);
  await saveScreenshot(page, 'resolver-down');
});

test('offline: the bounce is still read and classified', async ({ page, context, watch }) => {
  watch.allowConsoleErrors.push(/ERR_INTERNET_DISCONNECTED|Failed to load resource/);
  await page.goto('/');
  // Load the lazy parts first (as a visitor who opened the page before going offline would have).
  await page.getByRole('button', { name: userUnknown.name, exact: true }).click();
  await waitForChecks(page);
  await context.setOffline(true);
  await page.getByRole('button', { name: EXAMPLES[3]!.name, exact: true }).click();
  await expect(page.getByRole('article', { name: 'Result for paul.reed@example.net' })).toContainText('5.2.2');
  await waitForChecks(page);
  const { checks } = await diagnosisSnapshot(page);
  for (const [card, status] of Object.entries(checks)) {
    if (!OFFLINE_CHECKS.has(card)) expect(['Could not check', 'Not applicable'], card).toContain(status);
  }
});
