import { describe, expect, it } from 'vitest';
import { classifyText } from './index.ts';
import { matchPhrases, normalizeForMatch } from './match-phrases.ts';
import { PHRASE_RULES } from './phrases.ts';

async function one(text: string) {
  const c = await classifyText(text);
  expect(c.recipients.length).toBeGreaterThan(0);
  return c.recipients[0]!;
}

describe('classify: reasons per rule family', () => {
  it.each([
    ['550 5.1.1 <jane@example.com>: Recipient address rejected: User unknown', 'userunknown', '5.1.1', '550', true],
    ['452 4.2.2 <jane@example.com>: Mailbox full, try again later', 'mailboxfull', '4.2.2', '452', false],
    ['550 5.7.26 <jane@example.com>: Unauthenticated email from example.org is not accepted due to domain\'s DMARC policy', 'authfailure', '5.7.26', '550', true],
    ['554 5.7.1 <jane@example.com>: Service unavailable; Client host [192.0.2.7] blocked using zen.spamhaus.org', 'blocked', '5.7.1', '554', true],
    ['550 5.7.25 <jane@example.com>: The IP address sending this message does not have a PTR record setup', 'requireptr', '5.7.25', '550', true],
    ['552 5.3.4 <jane@example.com>: Message size exceeds fixed limit of 10485760 bytes', 'mesgtoobig', '5.3.4', '552', true],
    ['551 5.1.6 <jane@example.com>: User has moved; please try <jane@example.net>', 'hasmoved', '5.1.6', '551', true],
    ['550 5.7.1 <jane@example.com>: Relay access denied', 'norelaying', '5.7.1', '550', true],
    ['554 5.7.1 <jane@example.com>: Message rejected as spam by Content Filtering', 'spamdetected', '5.7.1', '554', true],
  ])('%s → %s', async (text, reason, status, replyCode, permanent) => {
    const r = await one(text);
    expect(r).toMatchObject({ address: 'jane@example.com', reason, status, replyCode, permanent });
    expect(r.title.length).toBeGreaterThan(5);
    expect(r.explanation.length).toBeGreaterThan(20);
    expect(r.evidence.length).toBeGreaterThan(0);
  });

  it('implies a status from the reason when the bounce gives none, and says so', async () => {
    const r = await one('<jane@example.com>: host mx.example.com[192.0.2.1] said: 550 No such user here');
    expect(r.status).toMatch(/^5\.0\.9\d\d$/);
    expect(r.statusImplied).toBe(true);
  });

  it('calls "user unknown" after DATA a filter verdict', async () => {
    const r = await one('<jane@example.com>: host mx.example.com[192.0.2.1] said: 550 User unknown (in reply to end of DATA command)');
    expect(r.reason).toBe('filtered');
  });

  it('fills the detail: auth mechanisms, blocklist with pages and IP, size, new address, TLS', async () => {
    const auth = await one('550 5.7.26 <jane@example.com>: This mail has been blocked because the sender is unauthenticated. SPF and DKIM checks failed (DMARC policy)');
    expect(auth.detail.auth).toEqual({ spf: true, dkim: true, dmarc: true });
    const bl = await one('554 5.7.1 <jane@example.com>: Client host [192.0.2.7] blocked using zen.spamhaus.org');
    expect(bl.detail.blocklist).toMatchObject({ ip: '192.0.2.7' });
    expect(bl.detail.blocklist!.name.toLowerCase()).toContain('spamhaus');
    const size = await one('552 5.3.4 <jane@example.com>: Message size exceeds fixed limit of 10485760 bytes');
    expect(size.detail.sizeLimitBytes).toBe(10485760);
    const moved = await one('551 5.1.6 <jane@example.com>: User has moved; please try <jane@example.net>');
    expect(moved.detail.newAddress).toBe('jane@example.net');
    const tls = await one('530 5.7.0 <jane@example.com>: Must issue a STARTTLS command first');
    expect(tls.detail.tlsRequired).toBe(true);
  });
});

describe('classify: messages that are not bounces', () => {
  it('says empty, binary and random text plainly', async () => {
    expect((await classifyText('')).kind).toBe('unreadable');
    expect((await classifyText('\u0000\u0001\u0002'.repeat(100))).kind).toBe('unreadable');
    const random = await classifyText('Hi team, lunch at noon? Bring snacks.');
    expect(random.kind).toBe('not-bounce');
    expect(random.isBounce).toBe(false);
    expect(random.summary).toMatch(/Could not read this as a bounce/);
  });

  it('recognises an out-of-office reply', async () => {
    const c = await classifyText('From: jane@example.com\nTo: alice@example.org\nSubject: Out of Office: Hello\nAuto-Submitted: auto-replied\n\nI am away until Monday.\n');
    expect(c.kind).toBe('autoreply');
    expect(c.isBounce).toBe(false);
  });

  it('recognises an ARF feedback report with its type', async () => {
    const arf = ['From: abuse@example.net', 'To: fbl@example.org', 'Subject: FW: complaint', 'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=feedback-report; boundary="A"', '', '--A', 'Content-Type: text/plain', '',
      'This is an abuse report', '--A', 'Content-Type: message/feedback-report', '', 'Feedback-Type: abuse', 'User-Agent: x/1.0', 'Version: 1', '',
      '--A', 'Content-Type: text/rfc822-headers', '', 'From: alice@example.org', 'Subject: offer', '', '--A--', ''].join('\n');
    const c = await classifyText(arf);
    expect(c.kind).toBe('feedback');
    expect(c.parsed.feedbackType).toBe('abuse');
  });

  it('recognises a delivery (success) notification', async () => {
    const c = await classifyText('Final-Recipient: rfc822; jane@example.com\nAction: delivered\nStatus: 2.0.0\n');
    expect(c.kind).toBe('delivered');
    expect(c.recipients[0]!.reason).toBe('delivered');
  });
});

describe('phrase table', () => {
  it('is data in lower case, so plain substring matching applies', () => {
    for (const rule of PHRASE_RULES) for (const p of rule.phrases) expect(p, p).toBe(p.toLowerCase());
  });
  it('matches across folded lines', () => {
    expect(matchPhrases(normalizeForMatch('Mailbox\n   full'))?.reason).toBe('mailboxfull');
    expect(matchPhrases('')).toBeNull();
  });
});
