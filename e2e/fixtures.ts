/**
 * The shared test fixture: every page is watched for what must never happen (a dialog, a page error, a
 * CSP violation, a request to any origin but the page's own) and each test fails at the end if it did.
 * The DoH endpoint is the preview server's /dns-query (proxied to the local DNS stack), so "own origin"
 * covers it.
 */
import { test as base, expect, type Page } from '@playwright/test';

/** zustand persist key and shape of the app's settings (src/app/store/settings.ts). */
const SETTINGS_STORAGE_KEY = 'bounce-doctor.settings';

/** The blocklists the e2e runs ask for: all the app offers (the local stack refuses them all). */
export const E2E_SETTINGS = {
  resolver: 'custom',
  customResolverUrl: '/dns-query',
  blocklists: ['zen.spamhaus.org', 'bl.spamcop.net'],
  dqsKey: '',
};

export interface PageWatch {
  /** Console errors seen (text). */
  consoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
  /** Every URL the page asked for. */
  requests: string[];
  /** Console errors matching one of these are expected in this test (e.g. the resolver down). */
  allowConsoleErrors: RegExp[];
  /** Turns off the origin rule for a test that deliberately goes elsewhere (none do today). */
  allowForeignRequests: boolean;
}

/** Reads the CSP violations the init script collected. */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/** Puts the local resolver in the app's settings before the first script runs (only when none are stored). */
export async function seedSettings(page: Page, settings: Record<string, unknown> = E2E_SETTINGS): Promise<void> {
  await page.addInitScript(([key, value]) => {
    if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
  }, [SETTINGS_STORAGE_KEY, JSON.stringify({ state: settings, version: 1 })] as const);
}

export const test = base.extend<{ watch: PageWatch }>({
  watch: [async ({ page, baseURL }, use) => {
    const watch: PageWatch = { consoleErrors: [], pageErrors: [], dialogs: [], requests: [], allowConsoleErrors: [], allowForeignRequests: false };
    page.on('console', (message) => { if (message.type() === 'error') watch.consoleErrors.push(message.text()); });
    page.on('pageerror', (error) => watch.pageErrors.push(String(error)));
    page.on('dialog', (dialog) => { watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`); void dialog.dismiss(); });
    page.on('request', (request) => watch.requests.push(request.url()));
    await page.addInitScript(() => {
      const w = window as unknown as { __cspViolations: string[] };
      w.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        w.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
      });
    });
    await seedSettings(page);

    await use(watch);

    const origin = new URL(baseURL!).origin;
    const foreign = watch.requests.filter((url) => {
      if (url.startsWith('data:') || url.startsWith('blob:')) return false;
      return new URL(url).origin !== origin;
    });
    if (!watch.allowForeignRequests) expect(foreign, 'requests to other origins').toEqual([]);
    expect(watch.dialogs, 'dialogs opened by the page').toEqual([]);
    expect(watch.pageErrors, 'uncaught page errors').toEqual([]);
    const unexpected = watch.consoleErrors.filter((text) => !watch.allowConsoleErrors.some((re) => re.test(text)));
    expect(unexpected, 'console errors').toEqual([]);
    if (!page.isClosed()) {
      const violations = await cspViolations(page).catch(() => [] as string[]);
      expect(violations, 'CSP violations').toEqual([]);
    }
  }, { auto: true }],
});

export { expect };

/** The paste area (its accessible name contains "bounce"). */
export function pasteBox(page: Page) {
  return page.getByRole('textbox', { name: /bounce/i });
}

/** A check card: `<section aria-label="<Name> check">`. */
export function checkCard(page: Page, name: string) {
  return page.getByRole('region', { name: `${name} check`, exact: true });
}

/** Check cards still running. */
export const RUNNING_STATUS = 'Checking…';
/** Statuses a finished card shows. */
export const FINAL_STATUSES = ['Pass', 'Warning', 'Fail', 'Could not check', 'Not applicable'] as const;

/** Waits until no check card shows "Checking…" any more. */
export async function waitForChecks(page: Page, timeout = 45_000): Promise<void> {
  const cards = page.locator('section[aria-label$=" check"]');
  await expect(cards.first()).toBeVisible({ timeout });
  await expect(cards.filter({ hasText: RUNNING_STATUS })).toHaveCount(0, { timeout });
}

/** The directory screenshots go to (kept after the run; Playwright clears test-results/ at the start). */
export const SCREENSHOT_DIR = 'test-results/screenshots';
