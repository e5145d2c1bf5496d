import { describe, expect, it } from 'vitest';
import { hasQuotedDsn, unquote } from './quoted.ts';
import { readBounce } from './index.ts';

const forwarded = [
  'From: sender@example.jp',
  'To: helpdesk@example.ac.jp',
  'Subject: Fwd: Returned mail: see transcript for details',
  '',
  'Begin forwarded message:',
  '',
  '> From: Mail Delivery Subsystem <MAILER-DAEMON@example.jp>',
  '> Subject: Returned mail: see transcript for details',
  '>',
  '>    ----- The following addresses had permanent fatal errors -----',
  '> <someone@example.com>',
  '>     (reason: 550 Unknown user someone@example.com)',
  '>',
  '> Final-Recipient: RFC822; someone@example.com',
  '> Action: failed',
  '> Status: 5.2.0',
  '> Diagnostic-Code: SMTP; 550 Unknown user someone@example.com',
  '',
].join('\n');

describe('quoted bounces', () => {
  it('recognises and unquotes DSN fields under quote marks', () => {
    expect(hasQuotedDsn(forwarded)).toBe(true);
    expect(hasQuotedDsn('Final-Recipient: rfc822; a@example.com')).toBe(false);
    expect(unquote('> a\n>b\n>> c\nd')).toBe('a\nb\n> c\nd');
  });

  it('reads the status of a bounce forwarded with quoted lines', async () => {
    const parsed = await readBounce(forwarded);
    expect(parsed.recipients.map((r) => [r.address, r.status, r.replyCode])).toEqual([['someone@example.com', '5.2.0', '550']]);
  });
});
