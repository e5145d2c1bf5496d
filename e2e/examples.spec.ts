/**
 * Each built-in example end to end: the diagnosis appears, the checks run against the local DNS stack
 * (through the preview server's /dns-query) and every card ends in a definite status backed by evidence.
 */
import { EXAMPLES } from '../src/app/examples/index.ts';
import { checkCard, expect, test, waitForChecks } from './fixtures.ts';
import { diagnosisSnapshot, isFinalStatus, publishScreenshot, saveScreenshot, statusOf } from './helpers.ts';

/** What each example must show: the failed recipient, its status code, and the statuses we are sure of. */
const EXPECTED: Record<string, { recipient: string; code: string; headline?: RegExp; checks?: Record<string, string | string[]> }> = {
  // The scenarios of e2e/zones.ts: what each card must say about that data.
  // Its only Received hop is the sender's laptop submitting (ESMTPSA): no sending server IP, so no Reverse DNS card.
  'user-unknown': { recipient: 'jane.doe@example.net', code: '5.1.1', checks: { MX: 'Pass', SPF: 'Pass', DKIM: 'Pass', DMARC: 'Pass' } },
  'blocklisted-ip': { recipient: 'purchasing@example.net', code: '5.7.1', checks: { MX: 'Pass', DKIM: 'Pass', 'Reverse DNS': 'Pass' } },
  // bulk.example.com passes SPF and DKIM for itself, but example.com's DMARC asks for strict alignment.
  'dmarc-reject': { recipient: 'reader@example.net', code: '5.7.26', checks: { MX: 'Pass', SPF: 'Pass', DMARC: 'Fail' } },
  // selector1._domainkey.example.com holds a 1024-bit RSA key: weak, not broken.
  'mailbox-full': { recipient: 'paul.reed@example.net', code: '5.2.2', checks: { SPF: 'Pass', DKIM: 'Warning' } },
  // 192.0.2.81 is the sender's own device submitting (ESMTPSA), not a sending server: it is not checked.
  'moved-551': { recipient: 'm.klein@example.org', code: '5.1.6', checks: { MX: 'Pass' } },
  // Greylisting, not "the address does not exist" (the answer says "Recipient address rejected: Greylisted").
  'greylisting-450': { recipient: 'support@example.test', code: '4.2.0', headline: /try again later \(greylisting\)/, checks: { MX: 'Pass', SPF: 'Pass', DKIM: 'Pass' } },
};

/** Cards whose lookups go to third-party blocklist zones the local stack does not serve (REFUSED). */
const BLOCKLIST_CARDS = new Set(['IP blocklists', 'Domain blocklists']);

test('every example has an expectation here', () => {
  expect(EXAMPLES.map((e) => e.id).sort()).toEqual(Object.keys(EXPECTED).sort());
});

for (const example of EXAMPLES) {
  test(`example "${example.name}": diagnosis and checks end to end`, async ({ page }) => {
    const expected = EXPECTED[example.id]!;
    await page.goto('/');
    await page.getByRole('button', { name: example.name, exact: true }).click();
    await expect(page.getByRole('button', { name: example.name, exact: true })).toHaveAttribute('aria-pressed', 'true');

    const result = page.getByRole('article', { name: `Result for ${expected.recipient}` });
    await expect(result).toBeVisible();
    await expect(result.getByRole('heading', { level: 2 })).not.toBeEmpty();
    if (expected.headline) await expect(result.getByRole('heading', { level: 2 })).toHaveText(expected.headline);
    await expect(result).toContainText(expected.code);

    await waitForChecks(page);
    const snapshot = await diagnosisSnapshot(page);
    test.info().annotations.push({ type: 'checks', description: JSON.stringify(snapshot.checks) });
    expect(Object.keys(snapshot.checks).length, 'check cards').toBeGreaterThanOrEqual(3);
    for (const [card, status] of Object.entries(snapshot.checks)) {
      expect(isFinalStatus(status), `${card}: ${status}`).toBe(true);
      const name = card.replace(/ \(\d+\)$/, '');
      if (BLOCKLIST_CARDS.has(name)) {
        // The real lists are not on the local stack: an honest "could not check", never pass or fail.
        expect(['Could not check', 'Not applicable'], `${card}`).toContain(status);
      } else {
        // Every other name the examples use is served by e2e/zones.ts: a definite answer is expected.
        expect(status, `${card} (the local DNS stack answers every name it needs)`).not.toBe('Could not check');
      }
    }
    for (const [card, status] of Object.entries(expected.checks ?? {})) {
      const allowed = Array.isArray(status) ? status : [status];
      expect(Object.keys(snapshot.checks), `a ${card} card`).toContain(card);
      expect(allowed, `${card} check`).toContain(await statusOf(page, card));
    }

    // Evidence the user can repeat: the dig command and the resolver that answered.
    const mx = checkCard(page, 'MX').first();
    if (await mx.count()) await expect(mx).toContainText(/dig .*MX/);

    const shot = await saveScreenshot(page, `example-${example.id}`);
    if (example.id === 'user-unknown') {
      publishScreenshot(await saveScreenshot(page, 'readme', { fullPage: false }));
    }
    expect(shot).toBeTruthy();
  });
}
