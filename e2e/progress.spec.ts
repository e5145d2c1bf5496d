/** A check shows its progress while its lookups are in flight, then its result. */
import { checkCard, expect, pasteBox, test, waitForChecks } from './fixtures.ts';
import { saveScreenshot } from './helpers.ts';

test('a slow lookup: the card says "Checking…" first, then its status', async ({ page }) => {
  await page.goto('/');
  // slow.example.test's answers are held back by the local stack (faults.slow in e2e/zones.ts).
  await pasteBox(page).fill('550 5.1.1 <someone@slow.example.test>: Recipient address rejected: User unknown in local recipient table');
  await expect(page.getByRole('article', { name: 'Result for someone@slow.example.test' })).toBeVisible();
  const mx = checkCard(page, 'MX').first();
  await expect(mx).toHaveAttribute('aria-busy', 'true');
  await expect(mx.getByTestId('check-status')).toHaveText('Checking…');
  await saveScreenshot(page, 'checking');
  await waitForChecks(page);
  await expect(mx).toHaveAttribute('aria-busy', 'false');
  await expect(mx.getByTestId('check-status')).toHaveText('Pass');
  await expect(mx).toContainText('mx.example.test');
});
