/**
 * Accessibility: axe-core (injected from node_modules, since @axe-core/playwright needs Node 22) on the
 * main states, in light and dark themes and at phone width; plus keyboard use of the core flow.
 */
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { EXAMPLES } from '../src/app/examples/index.ts';
import { expect, pasteBox, test, waitForChecks } from './fixtures.ts';
import { saveScreenshot } from './helpers.ts';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

/** Runs axe on the page; returns the serious and critical violations, described. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

// axe is injected as an inline script, which the page's CSP rightly refuses: bypass it for these tests
// only (every other spec runs under the CSP and fails on any violation).
test.use({ bypassCSP: true });

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious or critical axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    await expect(pasteBox(page)).toBeVisible();
    expect(await seriousViolations(page), 'first visit').toEqual([]);

    await page.getByRole('button', { name: EXAMPLES[2]!.name, exact: true }).click();
    await waitForChecks(page);
    expect(await seriousViolations(page), 'example with checks').toEqual([]);
    await saveScreenshot(page, `checks-${scheme}`);

    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await seriousViolations(page), 'settings dialog').toEqual([]);
    await saveScreenshot(page, `settings-${scheme}`, { fullPage: false });
  });
}

test('no serious or critical axe violations at phone width', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await page.getByRole('button', { name: EXAMPLES[1]!.name, exact: true }).click();
  await waitForChecks(page);
  expect(await seriousViolations(page)).toEqual([]);
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right)
      .map((el) => `${el.closest('section[aria-label]')?.getAttribute('aria-label') ?? ''} > ${el.tagName.toLowerCase()}.${String(el.className).split(' ').slice(0, 3).join('.')} right=${Math.round(el.getBoundingClientRect().right)} "${(el.textContent ?? '').slice(0, 40)}"`);
    return { by: document.documentElement.scrollWidth - width, wide: wide.slice(0, 6) };
  });
  expect(overflow.by, `horizontal scrolling at phone width: ${overflow.wide.join('; ')}`).toBeLessThanOrEqual(0);
  await saveScreenshot(page, 'phone');
});

test('the core flow works from the keyboard', async ({ page }) => {
  await page.goto('/');
  // Tab from the top reaches the paste box, then the example buttons.
  let reached = false;
  for (let i = 0; i < 15 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await pasteBox(page).evaluate((el) => el === document.activeElement);
  }
  expect(reached, 'paste box reachable by Tab').toBe(true);
  const example = page.getByRole('button', { name: EXAMPLES[4]!.name, exact: true });
  let onExample = false;
  for (let i = 0; i < 20 && !onExample; i++) {
    await page.keyboard.press('Tab');
    onExample = await example.evaluate((el) => el === document.activeElement);
  }
  expect(onExample, 'example button reachable by Tab').toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('article', { name: 'Result for m.klein@example.org' })).toBeVisible();
  // Focus is visible: the focused control draws an outline or ring.
  const focusStyle = await example.evaluate((el) => {
    const style = getComputedStyle(el);
    return { outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px', ring: style.boxShadow !== 'none' };
  });
  expect(focusStyle.outline || focusStyle.ring, 'visible focus on the focused button').toBe(true);
  // Settings opens from the keyboard and Escape closes it.
  await page.getByRole('button', { name: 'Settings' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  for (const name of ['Cloudflare', 'Google', 'Custom URL']) await expect(dialog.getByRole('radio', { name: new RegExp(name) })).toBeVisible();
  await expect(dialog.getByLabel('Spamhaus DQS key')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the checklist steps are checkboxes that can be ticked, and print layout hides the controls', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: EXAMPLES[0]!.name, exact: true }).click();
  await waitForChecks(page);
  const steps = page.getByRole('region', { name: 'What to do' }).getByRole('checkbox');
  const first = steps.first();
  expect(await steps.count()).toBeGreaterThan(0);
  await first.check();
  await expect(first).toBeChecked();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
  await expect(pasteBox(page)).toBeHidden();
  await saveScreenshot(page, 'print');
});
