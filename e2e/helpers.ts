/** Small helpers the specs share: reading the page's diagnosis, copying, screenshots. */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, FINAL_STATUSES, SCREENSHOT_DIR } from './fixtures.ts';

/** What a diagnosis shows, in a form two pages can be compared by. */
export interface DiagnosisSnapshot {
  /** "Result for <address>" → headline, per recipient. */
  recipients: Record<string, string>;
  /** Card name → status word. */
  checks: Record<string, string>;
}

/** Reads the recipients' headlines and each check card's final status. */
export async function diagnosisSnapshot(page: Page): Promise<DiagnosisSnapshot> {
  const recipients: Record<string, string> = {};
  for (const article of await page.locator('article[aria-label^="Result for "]').all()) {
    const label = (await article.getAttribute('aria-label')) ?? '';
    recipients[label.replace('Result for ', '')] = (await article.locator('h2').first().innerText()).trim();
  }
  const checks: Record<string, string> = {};
  for (const card of await page.locator('section[aria-label$=" check"]').all()) {
    const label = ((await card.getAttribute('aria-label')) ?? '').replace(/ check$/, '');
    const key = checks[label] === undefined ? label : `${label} (${Object.keys(checks).filter((k) => k.startsWith(label)).length + 1})`;
    checks[key] = (await card.getByTestId('check-status').innerText()).trim();
  }
  return { recipients, checks };
}

/** The status word of the first card with this name. */
export async function statusOf(page: Page, name: string): Promise<string> {
  return (await page.getByRole('region', { name: `${name} check`, exact: true }).first().getByTestId('check-status').innerText()).trim();
}

/** Clicks a copy button and returns what reached the clipboard. */
export async function copyFrom(page: Page, buttonName: string): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.getByRole('button', { name: buttonName, exact: true }).click();
  let text = '';
  await expect.poll(async () => {
    text = await page.evaluate(() => navigator.clipboard.readText());
    return text.length;
  }, { message: `clipboard after "${buttonName}"` }).toBeGreaterThan(0);
  return text;
}

/** Saves a full-page screenshot under test-results/screenshots/ and returns its path. */
export async function saveScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: options.fullPage ?? true, animations: 'disabled' });
  return path;
}

/**
 * Copies a saved screenshot to docs/ for the README, only when asked (UPDATE_README_SCREENSHOT=1):
 * a test run must not change tracked files, and CI's copy would be thrown away anyway.
 */
export function publishScreenshot(path: string, target = 'docs/screenshot.png'): void {
  if (process.env.UPDATE_README_SCREENSHOT !== '1') return;
  mkdirSync('docs', { recursive: true });
  copyFileSync(path, target);
}

export function isFinalStatus(status: string): boolean {
  return (FINAL_STATUSES as readonly string[]).includes(status);
}
