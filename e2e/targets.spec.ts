/** The inputs the checks used are editable: another domain is checked on request, and the bounce's own come back. */
import { EXAMPLES } from '../src/app/examples/index.ts';
import { checkCard, expect, pasteBox, test, waitForChecks } from './fixtures.ts';

const userUnknown = EXAMPLES.find((e) => e.id === 'user-unknown')!;

test('an edited domain is checked, and "Back to what the bounce names" restores the bounce\'s own', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: userUnknown.name, exact: true }).click();
  await waitForChecks(page);
  const form = page.getByRole('form', { name: 'What the checks look at' });
  const domain = form.getByRole('textbox', { name: 'Domain', exact: true });
  await expect(domain).toHaveValue('example.com');
  await expect(checkCard(page, 'DMARC').first()).toContainText('example.com');

  // example.org publishes its own DMARC record (p=quarantine) in e2e/zones.ts.
  await domain.fill('example.org');
  await form.getByRole('button', { name: 'Run the checks again' }).click();
  await waitForChecks(page);
  const dmarc = checkCard(page, 'DMARC').first();
  await expect(dmarc).toContainText('example.org');
  await expect(dmarc).not.toContainText('example.com');
  await expect(form).toContainText('Showing the checks for the values above.');

  await form.getByRole('button', { name: 'Back to what the bounce names' }).click();
  await waitForChecks(page);
  await expect(domain).toHaveValue('example.com');
  await expect(checkCard(page, 'DMARC').first()).toContainText('example.com');
});

test('a text that names no domain: a domain is asked for, then checked', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Clear' }).click();
  await pasteBox(page).fill('Hi Bob, can we meet on Tuesday? Alice');
  await expect(page.getByText('The text names no domain or server to check.')).toBeVisible();
  const form = page.getByRole('form', { name: 'What the checks look at' });
  const domain = form.getByRole('textbox', { name: 'Domain', exact: true });

  // Without a domain the browser refuses the form (nothing is run, nothing silently falls back).
  await form.getByRole('button', { name: 'Run the checks' }).click();
  expect(await domain.evaluate((input: HTMLInputElement) => input.validity.valueMissing)).toBe(true);
  await expect(checkCard(page, 'MX')).toHaveCount(0);

  await domain.fill('example.net');
  await form.getByRole('button', { name: 'Run the checks' }).click();
  await waitForChecks(page);
  const mx = checkCard(page, 'MX').first();
  await expect(mx.getByTestId('check-status')).toHaveText('Pass');
  await expect(mx).toContainText('example.net');
});
