import { describe, expect, it } from 'vitest';
import { classifyText } from './index.ts';
import { buildPlan } from '../remedy/plan.ts';

async function first(text: string) {
  const c = await classifyText(text);
  expect(c.recipients.length).toBeGreaterThan(0);
  return { c, r: c.recipients[0]! };
}

/** A minimal RFC 3464 report for one recipient. */
function dsn(action: string, status: string, diagnostic: string): string {
  return [
    'From: MAILER-DAEMON@mx.example.com', 'To: jane@example.com', 'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0', 'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"', '',
    '--b1', 'Content-Type: text/plain', '', 'Your message could not be delivered.', '',
    '--b1', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.example.com', '',
    'Final-Recipient: rfc822; jane@example.net', `Action: ${action}`, `Status: ${status}`,
    `Diagnostic-Code: smtp; ${diagnostic}`, '', '--b1--', '',
  ].join('\n');
}

describe('permanent: an explicit code decides, the reason only when there is none', () => {
  it.each([
    ['<jane@example.net>: 552 5.2.2 Mailbox full', 'mailboxfull', true],
    ['<jane@example.net>: 452 4.2.2 Mailbox full, try again later', 'mailboxfull', false],
    ['<jane@example.net>: 550 5.7.1 Too many messages this hour, rate limit exceeded', 'speeding', true],
    ['<jane@example.net>: 421 4.7.0 Too many connections from your host', 'toomanyconn', false],
    ['<jane@example.net>: 554 5.3.0 Internal error', 'systemerror', true],
  ])('%s', async (text, reason, permanent) => {
    const { r } = await first(text);
    expect(r).toMatchObject({ reason, permanent });
  });

  it('no code at all: the reason\'s default (a full mailbox may empty, a missing one stays missing)', async () => {
    expect((await first('<jane@example.net>: Mailbox is full')).r.permanent).toBe(false);
    expect((await first('<jane@example.net>: User unknown')).r.permanent).toBe(true);
  });

  it('a failed report with a final status is over even for a reason that usually passes', async () => {
    const { r } = await first(dsn('failed', '5.2.2', '552 5.2.2 Mailbox full'));
    expect(r).toMatchObject({ reason: 'mailboxfull', permanent: true });
  });

  it('"Action: delayed" is still being retried, whatever the words', async () => {
    const { c, r } = await first(dsn('delayed', '4.2.2', '452 4.2.2 Mailbox full'));
    expect(r.permanent).toBe(false);
    expect(c.kind).toBe('delay');
  });
});

describe('plan after a final answer whose cause passes: it says when a new send can work', () => {
  it.each([
    ['<jane@example.net>: 550 5.7.1 Too many messages this hour, rate limit exceeded', 'speeding.resend-later', /hour/],
    ['<jane@example.net>: 550 5.7.1 Too many connections from your host', 'toomanyconn.resend-later', /15 minutes/],
    ['<jane@example.net>: 552 5.2.2 Mailbox full', 'mailboxfull.resend-later', /once they confirm there is space/],
    ['<jane@example.net>: 554 5.3.0 Internal error', 'systemerror.retry-later', /in an hour/],
  ])('%s', async (text, id, title) => {
    const { c } = await first(text);
    const plan = buildPlan(c, []);
    expect(plan.retry).toBeNull();
    expect(plan.steps.find((s) => s.id === id)?.title).toMatch(title);
  });

  it('a temporary answer keeps the retry advice and adds no resend step', async () => {
    const { c } = await first('<jane@example.net>: 451 4.7.1 Too many messages this hour, rate limit exceeded');
    const plan = buildPlan(c, []);
    expect(plan.retry?.advice).toMatch(/rate-limiting/);
    expect(plan.steps.some((s) => s.id === 'speeding.resend-later')).toBe(false);
  });
});
