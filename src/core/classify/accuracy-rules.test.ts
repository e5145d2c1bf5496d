/**
 * Rules added to agree with how bounces of several servers are read (each checked against the whole
 * labelled corpus, see `npm run bench:corpus`): every case here is written from the convention, with
 * reserved names and addresses, not copied from a corpus file.
 */
import { describe, expect, it } from 'vitest';
import { unableToDeliverNotice } from './notices.test-helpers.ts';
import { classifyText } from './index.ts';
import type { RecipientDiagnosis } from './types.ts';

async function first(text: string): Promise<RecipientDiagnosis> {
  const c = await classifyText(text);
  expect(c.recipients.length).toBeGreaterThan(0);
  return c.recipients[0]!;
}

describe('a list manager refusing a Message-ID it has already seen', () => {
  it('is the list system\'s own decision (systemerror), with its implied status', async () => {
    const r = await first([
      'From: list-admin@example.org',
      'To: jane@example.com',
      'Subject: Re: weekly notes',
      '',
      'Duplicated Message-ID in <team@example.org>.',
      '',
    ].join('\n'));
    expect(r.reason).toBe('systemerror');
    expect(r.status).toBe('5.0.930');
  });

  it('does not take two Message-ID headers in one message for a duplicate post', async () => {
    const r = await first('550 5.6.0 <jane@example.com>: Duplicate header: Message-ID');
    expect(r.reason).toBe('notcompliantrfc');
  });
});

describe('Deutsche Telekom refusing the sending IP', () => {
  it.each([
    '554 IP=192.0.2.7 - A problem occurred. (Ask your postmaster for help or to contact tosa@example.net to clarify.)',
    '554 IP=192.0.2.7 - A problem occurred. (Ask your postmaster for help or to contact tosa@example.net to clarify.) (BL)',
  ])('%s → blocked', async (answer) => {
    const r = await first(`<jane@example.com>: host mx.example.net[198.51.100.2] said: ${answer}`);
    expect(r.reason).toBe('blocked');
  });

  it('leaves other "a problem occurred" answers to the other rules', async () => {
    const r = await first('<jane@example.com>: host mx.example.net[198.51.100.2] said: 550 5.1.1 A problem occurred: no such user');
    expect(r.reason).toBe('userunknown');
  });
});

describe('the implied status of an Exim refusal at MAIL FROM', () => {
  const exim = (answer: string, delayed: boolean): string => [
    'From: Mail Delivery System <Mailer-Daemon@example.org>',
    'To: ann@example.org',
    `Subject: ${delayed ? 'Warning: message 1abcDE-000ABC-1X delayed 24 hours' : 'Mail delivery failed: returning message to sender'}`,
    '',
    'This message was created automatically by mail delivery software.',
    '',
    delayed ? 'A message that you sent has not yet been delivered to one or more of its recipients.'
      : 'A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:',
    '',
    '  jane@example.com',
    '    host mx.example.com [192.0.2.25]',
    `    ${delayed ? 'Delay reason: ' : ''}SMTP error from remote mail server after MAIL FROM:<ann@example.org> SIZE=1024:`,
    `    ${answer}`,
    '',
  ].join('\n');

  it('keeps the reason from the words and marks the status undecided (x.0.901)', async () => {
    const r = await first(exim('550 Server access mx.example.com forbidden by invalid RDNS record of your mail server (192.0.2.200).', false));
    expect(r.reason).toBe('requireptr');
    expect(r.status).toBe('5.0.901');
  });

  it('follows the reply class for a temporary refusal', async () => {
    const r = await first(exim('450 service permits 2 unverifyable sending IPs - mx.example.org is not 192.0.2.200', true));
    expect(r.reason).toBe('requireptr');
    expect(r.status).toBe('4.0.901');
  });

  it('keeps an enhanced code the answer gives', async () => {
    const r = await first(exim('550 5.7.1 Reverse DNS failed.', false));
    expect(r.status).toBe('5.7.1');
  });
});

describe('a spam verdict given before the message was sent', () => {
  const postfix = (answer: string, command: string): string =>
    `<jane@example.com>: host mx.example.com[192.0.2.1] said: ${answer} (in reply to ${command} command)`;

  it('judges the sender when answered to RCPT TO or MAIL FROM', async () => {
    expect((await first(postfix('554 5.7.1 Email cannot be delivered. Reason: Email flagged as Spam.', 'RCPT TO'))).reason).toBe('rejected');
    expect((await first(postfix('550 5.7.1 Sender rejected as spammer', 'MAIL FROM'))).reason).toBe('rejected');
  });

  it('judges the sending host when the words name it', async () => {
    expect((await first(postfix('550 5.7.1 Your IP is listed as a spam source', 'RCPT TO'))).reason).toBe('blocked');
  });

  it('stays a content verdict after DATA', async () => {
    expect((await first(postfix('554 5.7.1 Email cannot be delivered. Reason: Email flagged as Spam.', 'end of DATA'))).reason).toBe('spamdetected');
  });
});

describe('a content filter\'s notice naming a header given twice', () => {
  const report = (notice: string): string => [
    'From: Content-filter <postmaster@example.net>',
    'To: ann@example.org',
    'Subject: Considered UNSOLICITED BULK EMAIL from you',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain',
    '',
    notice,
    '',
    '--b1',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; filter.example.net',
    '',
    'Final-Recipient: rfc822;jane@example.com',
    'Action: failed',
    'Status: 5.7.0',
    'Diagnostic-Code: smtp; 554 5.7.0 Reject, id=12345-01 - SPAM',
    '',
    '--b1--',
    '',
  ].join('\n');
  const notice = 'A message from <ann@example.org> to:\n-> jane@example.com\n\nwas considered unsolicited bulk e-mail (UBE).';

  it('takes the header fault as the cause of the filter\'s spam tag', async () => {
    const r = await first(report(`${notice}\n\nDuplicate header field: "From"\n`));
    expect(r.reason).toBe('notcompliantrfc');
    expect(r.status).toBe('5.7.0');
  });

  it('keeps the spam verdict when the notice names no header fault', async () => {
    expect((await first(report(notice))).reason).toBe('spamdetected');
  });
});

describe('an answer refusing the recipient\'s own address by name', () => {
  const notice = unableToDeliverNotice;

  it.each(['542 jane@example.com Rejected', '550 <jane@example.com> rejected', '550 <jane@example.com>... Rejected'])(
    '%s → userunknown (the address was turned away, no other cause given)', async (answer) => {
      const r = await first(notice(answer));
      expect(r.address).toBe('jane@example.com');
      expect(r.reason).toBe('userunknown');
    });

  it('is not read into an answer naming another address', async () => {
    const r = await first(notice('550 <ann@example.org> rejected'));
    expect(r.reason).not.toBe('userunknown');
  });

  it('leaves an answer with its own cause to the phrase rules', async () => {
    const r = await first(notice('552 jane@example.com rejected: mailbox full'));
    expect(r.reason).toBe('mailboxfull');
  });
});

describe('Postfix\'s bare "Recipient address rejected:" beside a status code', () => {
  const said = (answer: string): string =>
    `<jane@example.com>: host mx.example.net[198.51.100.2] said: ${answer} (in reply to RCPT TO command)`;

  it.each([
    ['550 5.6.0 <jane@example.com>: Recipient address rejected: Other or undefined media error', 'contenterror'],
    ['550 5.7.0 <jane@example.com>: Recipient address rejected: Other or undefined security status', 'securityerror'],
    ['554 5.3.0 <jane@example.com>: Recipient address rejected: Other or undefined mail system status', 'systemerror'],
  ])('%s → %s (the status names the cause, the prefix only the refusal)', async (answer, reason) => {
    expect((await first(said(answer))).reason).toBe(reason);
  });

  it('is still an unknown recipient with a generic status or none', async () => {
    expect((await first(said('550 5.0.0 <jane@example.com>: Recipient address rejected: Unacceptable'))).reason).toBe('userunknown');
    expect((await first(said('550 <jane@example.com>: Recipient address rejected: Unacceptable'))).reason).toBe('userunknown');
  });

  it('leaves words that name a cause to decide over a weak status', async () => {
    expect((await first(said('550 5.7.0 <jane@example.com>: Recipient address rejected: Relay access denied'))).reason).toBe('norelaying');
  });
});
