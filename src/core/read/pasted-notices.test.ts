/**
 * Notices as a mail program shows them, copied and pasted without any header: what help-desk staff
 * paste most. Each text follows the layout of a real notice, with reserved names and addresses.
 */
import { describe, expect, it } from 'vitest';
import { readBounce } from './index.ts';
import { hasBareAnswer } from './bare-answer.ts';
import { classifyText } from '../classify/index.ts';

/** Outlook's current notice: a summary, then "Original Message Details" and "Error Details". */
const OUTLOOK_NOTICE = (code: string, error: string): string => [
  'Your message to ivan@example.com couldn\'t be delivered.',
  'You weren\'t recognized as a valid sender.',
  'judy                     Office 365                  ivan',
  'Action Required                                         Sender',
  '',
  'How to Fix It',
  'Your email admin needs to set up authentication for your domain.',
  '',
  'More Info for Email Admins',
  `Status code: ${code}`,
  '',
  'Original Message Details',
  'Created Date:    11/30/2026 8:00:00 AM',
  'Sender Address:  judy@sender.example',
  'Recipient Address:       ivan@example.com',
  'Subject: Invoice',
  '',
  'Error Details',
  `Error:   ${error}`,
  'Message rejected by:     mx.example.com',
].join('\n');

describe('pasted notices: who failed', () => {
  it('never takes the address after "Sender Address:" for a failed recipient', async () => {
    const p = await readBounce(OUTLOOK_NOTICE('550 5.1.10', '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient ivan@example.com not found by SMTP address lookup'));
    expect(p.recipients.map((r) => r.address)).toEqual(['ivan@example.com']);
  });
  it('skips a sender whose label is on the line above (OWA\'s copy), in other languages too', async () => {
    const owa = (label: string) => `Your message to kai@example.com couldn't be delivered.\n\nOriginal Message Details\n${label}\nkim@sender.example\nRecipient Address:\nkai@example.com\n\nError:\n550 5.1.10 RESOLVER.ADR.RecipientNotFound; not found\n`;
    for (const label of ['Sender Address:', 'Endereço do Remetente:', '送信者アドレス:']) {
      expect((await readBounce(owa(label))).recipients.map((r) => r.address), label).toEqual(['kai@example.com']);
    }
  });
  it('skips the sender field of a log line ("from=<...>") and keeps "to=<...>"', async () => {
    const p = await readBounce('Nov 29 14:41:07 mail postfix/qmgr[811]: 4F1A2: from=<kim@sender.example>, size=2841, nrcpt=1 (queue active)\nNov 29 14:41:08 mail postfix/smtp[812]: 4F1A2: to=<cal@example.com>, relay=mx.example.com[198.51.100.7]:25, dsn=5.1.1, status=bounced (host mx.example.com[198.51.100.7] said: 550 5.1.1 User unknown (in reply to RCPT TO command))\n');
    expect(p.recipients.map((r) => r.address)).toEqual(['cal@example.com']);
  });
  it('never takes the "To:" of a forwarded notice from the mail system for a failed recipient', async () => {
    const forwarded = (to: string, from: string) => `Please help.\n\n---------- Forwarded message ---------\nFrom: ${from}\nDate: Sun, Nov 29, 2026 at 2:41 PM\nSubject: Delivery Status Notification (Failure)\n${to}\n\n> Your message wasn't delivered to lou@example.org because the address couldn't be found.\n>\n> 550 5.1.1 The email account that you tried to reach does not exist.\n`;
    const p = await readBounce(forwarded('To: <kim@sender.example>', 'Mail Delivery Subsystem <mailer-daemon@mail.example>'));
    expect(p.recipients.map((r) => r.address)).toEqual(['lou@example.org']);
    const q = await readBounce(forwarded('> An: kim@sender.example', 'postmaster@mail.example'));
    expect(q.recipients.map((r) => r.address)).toEqual(['lou@example.org']);
    // A message forwarded from a person: its To is an ordinary address, still read.
    const r = await readBounce(forwarded('To: <ted@example.net>', 'Kim <kim@sender.example>'));
    expect(r.recipients.map((x) => x.address)).toContain('ted@example.net');
  });
  it('reads every "Display Name (address)" line of an Exchange recipient list', async () => {
    const p = await readBounce('Delivery has failed to these recipients or groups:\n\nMia Stone (mia@example.com)\nThe email address you entered couldn\'t be found.\n\nnils@example.com\nThe recipient\'s mailbox is full.\n\nDiagnostic information for administrators:\n\nmia@example.com\nmx.example.com #550 5.1.1 User unknown ##\n\nnils@example.com\nmx.example.com #552 5.2.2 Mailbox full ##\n');
    expect(p.recipients.map((r) => [r.address, r.status])).toEqual([['mia@example.com', '5.1.1'], ['nils@example.com', '5.2.2']]);
  });
  it('skips other sender labels but keeps "expanded from:"', async () => {
    const p = await readBounce('Delivery failed.\nFrom: kim@sender.example\nMAIL FROM:<kim@sender.example>\n550 5.1.1 <lee@example.com>: User unknown\n');
    expect(p.recipients.map((r) => r.address)).toEqual(['lee@example.com']);
    const q = await readBounce('"|/usr/local/bin/filter"\n    (reason: 127)\n    (expanded from: <jane@example.com>)\n');
    expect(q.recipients.map((r) => r.address)).toEqual(['jane@example.com']);
  });
});

describe('pasted notices: the server\'s answer', () => {
  it('reads the answer under "Error:" rather than the codes-only "Status code:" line above it', async () => {
    const p = await readBounce(OUTLOOK_NOTICE('550 5.7.1', '550 5.7.1 Service unavailable, Client host [203.0.113.7] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/203.0.113.7 AS(1450)'));
    const r = p.recipients[0]!;
    expect(r.diagnostic).toContain('blocked using Spamhaus');
    expect(r.quotedIps).toEqual(['203.0.113.7']);
  });
  it('still reads a codes-only line when it is the only answer', async () => {
    const p = await readBounce('Your message to ivan@example.com couldn\'t be delivered.\n\nMore Info for Email Admins\nStatus code: 550 5.1.10\n');
    expect(p.recipients[0]).toMatchObject({ status: '5.1.10', replyCode: '550' });
  });
  it('reads the reply code of Exchange\'s "#550 5.1.1 ... ##" line', async () => {
    const text = [
      'Delivery has failed to these recipients or groups:',
      '',
      'Grace Lind (grace@example.com)',
      'The e-mail address you entered couldn\'t be found.',
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: exch01.corp.example',
      '',
      'grace@example.com',
      '#550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found ##',
    ].join('\n');
    const p = await readBounce(text);
    expect(p.recipients[0]).toMatchObject({ address: 'grace@example.com', status: '5.1.1', replyCode: '550' });
  });
  it('does not take a ticket number after "#" for a reply code', async () => {
    const p = await readBounce('<jane@example.com>: mailbox unavailable, see ticket #550 for details\n');
    expect(p.recipients[0]?.replyCode).toBeNull();
  });
});

describe('pasted notices: forwarding addresses', () => {
  it('offers no new address when "try" only asks to resend later', async () => {
    const text = 'erin@example.com (erin@example.com)\nThe recipient\'s mailbox is full and can\'t accept messages now. Please try resending this message later, or contact the recipient directly.\n\nerin@example.com\nmx.example.com #552 5.2.2 Mailbox full ##\n';
    const r = (await readBounce(text)).recipients[0]!;
    expect(r).toMatchObject({ address: 'erin@example.com', replyCode: '552', forwardAddress: null });
  });
  it('reads the whole new address of a 551 answer, never a cut one', async () => {
    const long = `${'a'.repeat(30)}@${'b'.repeat(30)}.example.org`;
    const r = (await readBounce(`<old@example.com>: 551 5.1.6 User has moved; please try the new mailbox <${long}>\n`)).recipients[0]!;
    expect(r.forwardAddress).toBe(long);
  });
});

describe('pasted notices: an answer that names nobody', () => {
  it.each([
    ['550 5.1.1 The email account that you tried to reach does not exist.', 'userunknown', '5.1.1', '550'],
    ['The response was:\n550 5.7.26 Unauthenticated email from sender.example is not accepted due to domain\'s DMARC policy.', 'authfailure', '5.7.26', '550'],
    ['Error: 552 Message size exceeds fixed maximum message size', 'mesgtoobig', null, '552'],
    ['5.2.2 Mailbox full', 'mailboxfull', '5.2.2', null],
  ])('%s', async (text, reason, status, replyCode) => {
    const c = await classifyText(text);
    expect(c.isBounce).toBe(true);
    expect(c.recipients).toHaveLength(1);
    expect(c.recipients[0]).toMatchObject({ address: '', reason, replyCode });
    if (status) expect(c.recipients[0]!.status).toBe(status);
    // The title reads without an address.
    expect(c.recipients[0]!.title).not.toMatch(/undefined|null|\s{2}/);
  });
  it('is not found in ordinary text with numbers', () => {
    expect(hasBareAnswer('Hi Bob, we paid 550 dollars for the 5.1 speaker set. Call me at 421 555 0100.')).toBe(false);
    expect(hasBareAnswer('Version 5.1.1 is out\n250 2.0.0 Ok: queued as 4F1A2')).toBe(false);
  });
  it('leaves a text with no answer a non-bounce', async () => {
    const c = await classifyText('Hi Bob, can we meet on Tuesday? Alice');
    expect(c.isBounce).toBe(false);
    expect(c.recipients).toEqual([]);
  });
  it('never adds an unnamed recipient beside a named one', async () => {
    const c = await classifyText('<jane@example.com>: 550 5.1.1 User unknown\n\n550 5.7.1 Relaying denied');
    expect(c.recipients.map((r) => r.address)).toEqual(['jane@example.com']);
  });
});

describe('pasted notices: delay warnings', () => {
  it('reads the recipients of a pasted delay warning as delayed', async () => {
    const warning = '####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\n<zeno@example.net>: connect to mx.example.net[198.51.100.9]:25: Connection\n    timed out\n';
    expect((await readBounce(warning)).recipients[0]).toMatchObject({ address: 'zeno@example.net', action: 'delayed' });
    const gmail = 'Delivery incomplete\n\nThere was a temporary problem delivering your message to ulla@example.com. Gmail will retry for 46 more hours. You\'ll be notified if the delivery fails permanently.\n\nThe response was:\n\n451 4.3.0 Temporary System Problem. Try again later.\n';
    expect((await readBounce(gmail)).recipients[0]).toMatchObject({ address: 'ulla@example.com', action: 'delayed' });
  });
  it('never marks a recipient with a final answer, nor a final notice, delayed', async () => {
    const mixed = 'Delivery is delayed to these recipients or groups:\n\n<a@example.com>: 550 5.1.1 User unknown\n\n<b@example.com>: 451 4.4.0 Unable to connect\n';
    expect((await readBounce(mixed)).recipients.map((r) => r.action)).toEqual([null, 'delayed']);
    const final = 'Delivery has failed to these recipients or groups:\n\nb@example.com\nRemote Server returned \'451 4.4.0 Unable to connect\'\n';
    expect((await readBounce(final)).recipients[0]?.action).toBeNull();
  });
  it('leaves a whole message\'s reading alone when its MIME boundary is broken and its body is read as text', async () => {
    const head = 'From: Mail Delivery System <MAILER-DAEMON@mx.example.com>\nTo: kim@sender.example\nSubject: Delayed Mail\nMIME-Version: 1.0\n';
    const body = '\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n\n<ana@example.net>: host mx.example.net[198.51.100.3] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command)\n';
    const whole = await readBounce(`${head}Content-Type: text/plain\n${body}`);
    const broken = await readBounce(`${head}Content-Type: multipart/mixed; boundary="gone"\n${body}`);
    expect(broken.warnings).toContain('The MIME structure is broken; the body was read as plain text.');
    expect(broken.recipients.map((r) => [r.address, r.action])).toEqual(whole.recipients.map((r) => [r.address, r.action]));
  });
});

describe('pasted notices: an answer introduced by a label', () => {
  it('reads the answer under "The response was:" when it has no SMTP code (Gmail\'s DNS error)', async () => {
    const text = 'Address not found\n\nYour message wasn\'t delivered to omar@missing.example because the domain missing.example couldn\'t be found. Check for typos or unnecessary spaces and try again.\n\nThe response was:\n\nDNS Error: DNS type \'mx\' lookup of missing.example responded with code NXDOMAIN Domain name not found: missing.example\n';
    const r = (await readBounce(text)).recipients[0]!;
    expect(r.diagnostic).toContain('responded with code NXDOMAIN');
    expect((await classifyText(text)).recipients[0]?.reason).toBe('hostunknown');
  });
});

describe('pasted notices: the IP an answer is about', () => {
  it('puts the answering server\'s own IP ("host mx[ip] said:") after the IP the answer names', async () => {
    const postfix = '<wes@example.com>: host mx.example.com[198.51.100.3] said: 554 5.7.1\n    Service unavailable; Client host [203.0.113.50] blocked using\n    zen.spamhaus.org (in reply to RCPT TO command)\n';
    expect((await readBounce(postfix)).recipients[0]?.quotedIps).toEqual(['203.0.113.50', '198.51.100.3']);
    const c = await classifyText(postfix);
    expect(c.recipients[0]?.detail.blocklist).toMatchObject({ name: 'Spamhaus ZEN', ip: '203.0.113.50' });
    const exim = '  wes@example.com\n    host mx.example.com [198.51.100.3]\n    SMTP error from remote mail server after RCPT TO:<wes@example.com>:\n    554 5.7.1 Rejected: 203.0.113.50 listed at zen.spamhaus.org\n';
    expect((await readBounce(exim)).recipients[0]?.quotedIps).toEqual(['203.0.113.50', '198.51.100.3']);
    // An IP the answer itself names after the word "host" stays first.
    const own = '<wes@example.com>: 554 5.7.1 Client host [203.0.113.50] blocked\n';
    expect((await readBounce(own)).recipients[0]?.quotedIps).toEqual(['203.0.113.50']);
  });
});

describe('pasted notices: a list of failed addresses in one paragraph', () => {
  it('never gives a recipient the answer written under another one (Exim)', async () => {
    const text = 'A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  zoe@example.com\n    host mx.example.com [198.51.100.40]\n    SMTP error from remote mail server after RCPT TO:<zoe@example.com>:\n    552 5.2.2 Mailbox over quota\n  ivo@example.net\n    retry timeout exceeded\n';
    const p = await readBounce(text);
    expect(p.recipients.map((r) => [r.address, r.replyCode])).toEqual([['zoe@example.com', '552'], ['ivo@example.net', null]]);
    expect(p.recipients[1]?.diagnostic).toBe('retry timeout exceeded');
  });
});

describe('pasted notices: the customer\'s own text around the notice', () => {
  it('never reads a phone number ("+1 555 0100") as the server\'s answer', async () => {
    const text = 'Your message to ana@example.com couldn\'t be delivered.\n\nThanks,\nKim\n+1 555 0100\n\nError:   550 5.1.10 RESOLVER.ADR.RecipientNotFound; not found\n';
    expect((await readBounce(text)).recipients[0]).toMatchObject({ address: 'ana@example.com', replyCode: '550', status: '5.1.10' });
  });
  it('never takes an address labelled as the sender elsewhere for a failed recipient (the forwarder\'s signature)', async () => {
    const text = 'See below.\n\nKim Berg\nkim@sender.example\n\nFrom: Microsoft Outlook <postmaster@sender.example>\nTo: Kim Berg <kim@sender.example>\nSubject: Undeliverable: order\n\nYour message to ana@example.com couldn\'t be delivered.\nError: 550 5.1.1 User unknown\n';
    expect((await readBounce(text)).recipients.map((r) => r.address)).toEqual(['ana@example.com']);
  });
});
