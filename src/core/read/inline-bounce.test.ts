import { describe, expect, it } from 'vitest';
import { inlineBounceStart } from './inline-bounce.ts';
import { readBounce } from './index.ts';

const inner = [
  'From MAILER-DAEMON  Thu Apr 29 23:34:45 2015',
  'Received: from mx.example.net (mx.example.net [192.0.2.26]) by relay.example.net (Postfix); Thu, 29 Apr 2015 23:34:45 +0900',
  'From: MAILER-DAEMON@mx.example.net (Mail Delivery System)',
  'To: sender@example.org',
  'Subject: Undelivered Mail Returned to Sender',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain',
  '',
  'This is the mail system at host mx.example.net.',
  '',
  '--b1',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; mx.example.net',
  '',
  'Final-Recipient: rfc822; someone@example.com',
  'Action: failed',
  'Status: 4.0.0',
  'Diagnostic-Code: X-Postfix; host mx.example.com[192.0.2.7] refused to talk to me: 421 Service not available',
  '',
  '--b1--',
  '',
].join('\n');

const outer = [
  'From: support@example.net',
  'To: sender@example.org',
  'Subject: Your message could not be delivered',
  '',
  'We are sorry: the message returned below could not be delivered.',
  'Questions? Write to <help@example.net>.',
  '',
  '---------------------------------',
  inner,
].join('\n');

describe('inline bounces', () => {
  it('finds where the pasted bounce starts', () => {
    expect(inlineBounceStart(outer)).toBe(outer.indexOf('From MAILER-DAEMON'));
    expect(inlineBounceStart('no bounce here\nReturn-Path: <someone@example.com>\n')).toBe(-1);
  });

  it('reads the bounce pasted into the text of another message', async () => {
    const parsed = await readBounce(outer);
    expect(parsed.recipients.map((r) => [r.address, r.status, r.replyCode])).toEqual([['someone@example.com', '4.0.0', '421']]);
    expect(parsed.warnings.join(' ')).toContain('inside the text of another message');
  });
});
