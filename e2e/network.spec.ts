/**
 * Where the page connects. The fixture already fails any test whose page asks another origin; these tests
 * make the rule visible on the full flow, and check that the default resolver is the only other place.
 */
import { EXAMPLES } from '../src/app/examples/index.ts';
import { expect, test, waitForChecks } from './fixtures.ts';
import { copyFrom } from './helpers.ts';

test('the whole flow talks only to its own origin, DNS included', async ({ page, baseURL, watch }) => {
  await page.goto('/');
  for (const example of EXAMPLES) {
    await page.getByRole('button', { name: example.name, exact: true }).click();
    await waitForChecks(page);
  }
  await copyFrom(page, 'Copy link');
  await copyFrom(page, 'Copy as Markdown');
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Done' }).click();

  const origin = new URL(baseURL!).origin;
  const doh = watch.requests.filter((url) => url.startsWith(`${origin}/dns-query`));
  expect(doh.length, 'DoH queries through /dns-query').toBeGreaterThan(0);
  const others = watch.requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
  expect(others).toEqual([]);
});

test('with the default settings, DNS goes to Cloudflare and nowhere else', async ({ browser, baseURL }) => {
  // A fresh context without the local-resolver settings: what a first-time visitor runs.
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const foreign: string[] = [];
  // Nothing may leave this machine: every foreign request is answered here with an error.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => { foreign.push(route.request().url()); return route.abort('connectionrefused'); });
  try {
    await page.goto('/');
    await page.getByRole('button', { name: EXAMPLES[0]!.name, exact: true }).click();
    await waitForChecks(page);
    expect(foreign.length).toBeGreaterThan(0);
    const hosts = new Set(foreign.map((url) => new URL(url).origin));
    expect([...hosts]).toEqual(['https://cloudflare-dns.com']);
  } finally {
    await context.close();
  }
});
