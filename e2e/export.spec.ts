/** "Copy as Markdown" and "Copy as text": the diagnosis, the checks and the plan, ready for a ticket. */
import { EXAMPLES } from '../src/app/examples/index.ts';
import { expect, test, waitForChecks } from './fixtures.ts';
import { copyFrom, statusOf } from './helpers.ts';

test('the copied Markdown and text hold the headline, the checks as shown and the ticked steps', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: EXAMPLES[0]!.name, exact: true }).click();
  await waitForChecks(page);
  const headline = (await page.getByRole('article', { name: 'Result for jane.doe@example.net' }).getByRole('heading', { level: 2 }).innerText()).trim();
  const mxStatus = await statusOf(page, 'MX');
  const firstStep = page.getByRole('region', { name: 'What to do' }).getByRole('checkbox').first();
  await firstStep.check();

  const markdown = await copyFrom(page, 'Copy as Markdown');
  expect(markdown).toMatch(/^# Bounce diagnosis/);
  expect(markdown).toContain(`### jane.doe@example.net: ${headline}`);
  expect(markdown).toContain(`| MX | ${mxStatus} |`);
  expect(markdown).toMatch(/^1\. \[x\] \*\*/m);
  expect(markdown).toMatch(/`dig [^`]*MX[^`]*example\.net`/);

  const text = await copyFrom(page, 'Copy as text');
  expect(text).toMatch(/^Bounce diagnosis\n=+/);
  expect(text).toContain(`* jane.doe@example.net: ${headline}`);
  expect(text).toContain(`[${mxStatus}] MX:`);
  expect(text).toMatch(/^1\. \[x\] /m);
  expect(text).not.toContain('**');
});
