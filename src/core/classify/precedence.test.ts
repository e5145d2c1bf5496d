/**
 * Precedence between phrase rules and status codes: the words that name the cause decide over broader
 * words in the same answer and over a status code that says less.
 */
import { describe, expect, it } from 'vitest';
import { classifyText } from './index.ts';

async function reasonOf(text: string): Promise<string> {
  const c = await classifyText(text);
  expect(c.recipients.length).toBeGreaterThan(0);
  return c.recipients[0]!.reason;
}

describe('classify: the deciding words win', () => {
  it.each([
    // The recipient's own settings refused it, although the status says "bad mailbox".
    ['550 5.1.1 <jane@example.com>: RCP-P2 Refused due to recipient preferences', 'filtered'],
    // A link on a blocklist is about the content, not the sending IP.
    ['550 <jane@example.com>: REJECTED - Blacklisted URL in message (example.net)', 'spamdetected'],
    // A sending host refused for spamming is a block of the host, not a content verdict.
    ['550 <jane@example.com>: Client host blocked for spamming issues', 'blocked'],
    // The cause (LDAP lookup) beats the consequence (the sender gave up).
    ["<jane@example.com>: Unable to contact LDAP server. (#4.4.3) I'm not going to try again; this message has been in the queue too long.", 'systemerror'],
    // A refused header is the receiving site's policy.
    ['554 5.7.9 <jane@example.com>: Header error', 'policyviolation'],
    ['552 5.7.0 <jane@example.com>: Our system detected an illegal attachment on your message', 'policyviolation'],
    // The sender's address (not the IP) is on the list.
    ['550 <jane@example.com>: Sorry, you are sending to/from an address that has been blacklisted', 'rejected'],
  ])('%s → %s', async (text, reason) => {
    expect(await reasonOf(text)).toBe(reason);
  });

  it('reads a Lotus Notes directory miss as an unknown user', async () => {
    expect(await reasonOf('Failed Recipient: jane@example.com\nUser not listed in public Name & Address Book')).toBe('userunknown');
  });
});

describe('classify: a full mailbox under a misleading status', () => {
  it('reads "over quota" as a full mailbox even with 5.1.1', async () => {
    expect(await reasonOf('<jane@example.com>: 552 sorry, mailbox jane@example.com is over quota temporarily (#5.1.1)')).toBe('mailboxfull');
  });
});

describe('classify: a notice sentence that states the account condition', () => {
  it('reads "The user(s) account is disabled." above a "user unknown" line as a suspended account', async () => {
    const text = 'Subject: Mail System Error - Returned Mail\n\nThe user(s) account is disabled.\n\n<jane@ezweb.ne.jp>: 550 user unknown (in reply to RCPT TO command)\n';
    expect(await reasonOf(text)).toBe('suspend');
  });
  it('leaves a plain "user unknown" line alone', async () => {
    expect(await reasonOf('<jane@example.com>: 550 user unknown (in reply to RCPT TO command)\n')).toBe('userunknown');
  });
});

describe('classify: a local delivery program failed', () => {
  const dsn = (diag: string) => `Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.com\n\nFinal-Recipient: rfc822; jane@example.com\nAction: failed\nStatus: 4.3.0\nDiagnostic-Code: ${diag}\n`;
  it('reads an x-unix answer without a cause as a mailer error', async () => {
    expect(await reasonOf(dsn('x-unix; temporary failure'))).toBe('mailererror');
    expect(await reasonOf(dsn('X-Unix; 71 Operating system error'))).toBe('mailererror');
  });
  it('keeps a named cause from the program', async () => {
    expect(await reasonOf(dsn('x-unix; /var/mail/jane: Disk quota exceeded'))).toBe('mailboxfull');
  });
});

describe('classify: a bare "Access denied"', () => {
  it('leaves the decision to a status code sent with it', async () => {
    expect(await reasonOf('550 5.7.1 <jane@example.com>... Access denied')).toBe('securityerror');
  });
  it('still reads a named banned IP as a block', async () => {
    expect(await reasonOf('550 5.7.1 <jane@example.com>: Access denied, banned sending IP [192.0.2.7]')).toBe('blocked');
  });
});

describe('classify: boilerplate is not evidence', () => {
  it('does not read Sendmail\'s "permanent fatal errors" heading as a mailer error', async () => {
    const text = '   ----- The following addresses had permanent fatal errors -----\n<jane@example.com>\n    (reason: 550 Requested action not taken: mailbox unavailable)\n';
    // The answer's own words decide ("mailbox unavailable"), not the heading.
    expect(await reasonOf(text)).toBe('userunknown');
  });
  it('reads a program recipient ("|/path") as a mailer error', async () => {
    const text = '   ----- The following addresses had permanent fatal errors -----\n"|/usr/local/bin/filter"\n    (reason: 127)\n    (expanded from: <jane@example.com>)\n';
    const c = await classifyText(text);
    expect(c.recipients.map((r) => r.reason)).toContain('mailererror');
  });
});
