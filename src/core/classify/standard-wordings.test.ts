/**
 * Standard wordings of common servers that phrase rules must read (phrases.ts), each written here from
 * the convention with reserved names, not copied from a corpus file. Every case is a Postfix-style
 * notice quoting the remote answer, so only the answer's words and codes differ.
 */
import { describe, expect, it } from 'vitest';
import { classifyText } from './index.ts';

async function reasonOf(answer: string): Promise<string | undefined> {
  const c = await classifyText([
    'From: MAILER-DAEMON@mx.example.org',
    'To: ann@example.org',
    'Subject: Undelivered Mail Returned to Sender',
    '',
    'This is the mail system at host mx.example.org.',
    '',
    `<bob@example.net>: host mx.example.net[192.0.2.25] said: ${answer}`,
    '',
  ].join('\n'));
  return c.recipients[0]?.reason;
}

describe('a full mailbox in RFC 5321\'s words', () => {
  it.each([
    '552 Requested mail action aborted: exceeded storage allocation (in reply to RCPT TO command)',
    '550 5.7.1 Message rejected: recipient has exceeded their storage limit (in reply to RCPT TO command)',
    '452 Mailbox size exceeded (in reply to RCPT TO command)',
  ])('%s → mailboxfull', async (answer) => {
    expect(await reasonOf(answer)).toBe('mailboxfull');
  });
});

describe('a disabled or inactive account', () => {
  it.each([
    '550 5.2.1 The email account that you tried to reach is disabled. (in reply to RCPT TO command)',
    '550 Account inactive (in reply to RCPT TO command)',
    '550 5.2.1 This mailbox has been blocked due to inactivity (in reply to RCPT TO command)',
  ])('%s → suspend', async (answer) => {
    expect(await reasonOf(answer)).toBe('suspend');
  });

  it('leaves an inactive address under a 5.1.1 status to the status (no such mailbox)', async () => {
    expect(await reasonOf('550 5.1.1 <bob@example.net>: inactive email address (in reply to RCPT TO command)')).toBe('userunknown');
  });
});

describe('Google Workspace\'s "#5.1.0 Address rejected"', () => {
  it('is an unknown recipient, also when the notice does not say which command was refused', async () => {
    expect(await reasonOf('550 #5.1.0 Address rejected bob@example.net (in reply to RCPT TO command)')).toBe('userunknown');
    const c = await classifyText('Delivery to the following recipient failed permanently:\n\n     bob@example.net\n\nThe error that the other server returned was:\n550 #5.1.0 Address rejected.\n');
    expect(c.recipients[0]?.reason).toBe('userunknown');
  });
});

describe('a heading naming the unknown user ("Unknown user: <address>")', () => {
  const imailLike = (line: string): string => [
    'From: postmaster@mail.example.net',
    'To: ann@example.org',
    'Subject: Undeliverable Mail',
    '',
    line,
    '',
    '',
    'Original message follows.',
    '',
  ].join('\n');

  it('is a missing mailbox even when the notice names no SMTP command', async () => {
    const c = await classifyText(imailLike('Unknown user: jane@example.net'));
    expect(c.recipients[0]?.address).toBe('jane@example.net');
    expect(c.recipients[0]?.reason).toBe('userunknown');
  });

  it('leaves the bare words without a command to the filter reading, as before', async () => {
    const c = await classifyText(imailLike('jane@example.net [Unknown user]'));
    expect(c.recipients[0]?.address).toBe('jane@example.net');
    expect(c.recipients[0]?.reason).toBe('filtered');
  });
});

describe('"Recipient address rejected: Access denied"', () => {
  it.each([
    '554 5.7.1 <bob@example.net>: Recipient address rejected: Access denied (in reply to RCPT TO command)',
    '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) (in reply to RCPT TO command)',
  ])('%s → userunknown (the address is not accepted there)', async (answer) => {
    expect(await reasonOf(answer)).toBe('userunknown');
  });

  it('leaves a bare "Access denied" to the status sent with it', async () => {
    expect(await reasonOf('550 5.7.1 Access denied (in reply to RCPT TO command)')).toBe('securityerror');
  });
});

describe('a status naming the destination domain (x.1.2) beside mailbox words', () => {
  it.each([
    '550 5.1.2 Domain example.net not found (in reply to RCPT TO command)',
    '550 5.1.2 <bob@example.net>: example.net does not exist (in reply to RCPT TO command)',
  ])('%s → hostunknown', async (answer) => {
    expect(await reasonOf(answer)).toBe('hostunknown');
  });

  it('leaves the mailbox words to decide under a mailbox status', async () => {
    expect(await reasonOf('550 5.1.1 Domain example.net: mailbox not found (in reply to RCPT TO command)')).toBe('userunknown');
  });
});

describe('an account whose term ran out', () => {
  it('is a suspended account, not an expired delivery', async () => {
    expect(await reasonOf('550 User account is expired (in reply to RCPT TO command)')).toBe('suspend');
  });

  it('leaves a message that expired in the queue to "expired"', async () => {
    expect(await reasonOf('421 4.4.7 Message expired; delivery time exceeded')).toBe('expired');
  });
});

describe('an attachment refused for its kind', () => {
  it.each([
    '550 5.7.1 Attachment blocked: banned file type (in reply to end of DATA command)',
    '554 Forbidden attachment in message (in reply to end of DATA command)',
  ])('%s → policyviolation, not a blocked host', async (answer) => {
    expect(await reasonOf(answer)).toBe('policyviolation');
  });
});

describe('unknown users and full mailboxes in other languages', () => {
  it.each([
    ['550 Utente sconosciuto', 'userunknown'],
    ['550 Usuario desconocido', 'userunknown'],
    ['550 Utilisateur inconnu', 'userunknown'],
    ['550 Пользователь не найден', 'userunknown'],
    ['550 宛先不明', 'userunknown'],
    ['552 Postfach ist voll', 'mailboxfull'],
    ['552 Casella piena', 'mailboxfull'],
    ['552 El buzón está lleno', 'mailboxfull'],
    ['552 Boîte aux lettres pleine', 'mailboxfull'],
    ['552 Caixa postal cheia', 'mailboxfull'],
    ['552 Ящик переполнен', 'mailboxfull'],
    ['552 メールボックスが一杯です', 'mailboxfull'],
  ])('%s (in reply to RCPT TO) → %s', async (answer, reason) => {
    expect(await reasonOf(`${answer} (in reply to RCPT TO command)`)).toBe(reason);
  });
});

describe('Gmail\'s standard wordings', () => {
  it.each([
    ['450 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered. (in reply to RCPT TO command)', 'speeding'],
    ["550 5.7.1 [192.0.2.1] The IP you're using to send mail is not authorized to send email directly to our servers. (in reply to RCPT TO command)", 'blocked'],
    ['550 5.2.1 The email account that you tried to reach is inactive. (in reply to RCPT TO command)', 'suspend'],
  ])('%s → %s', async (answer, reason) => {
    expect(await reasonOf(answer)).toBe(reason);
  });
});
