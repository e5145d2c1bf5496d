import { describe, expect, it } from 'vitest';
import { readBounce } from './index.ts';
import { classify } from '../classify/index.ts';

const report = [
  'From: MAILER-DAEMON@mx.example.net (Mail Delivery System)',
  'To: sender@example.org',
  'Subject: Undelivered Mail Returned to Sender',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain',
  '',
  'I\'m sorry to have to inform you that your message could not be delivered.',
  '',
  '\t--- Delivery report unavailable ---',
  '',
  '--b1',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; mx.example.net',
  'Arrival-Date: Mon, 16 Dec 2019 14:12:15 +0100 (CET)',
  '',
  '--b1',
  'Content-Type: message/rfc822',
  '',
  'From: <sender@example.org>',
  'To: someone@example.com',
  'Subject: hello',
  '',
  'hi',
  '--b1--',
  '',
].join('\n');

describe('a delivery report that names no recipient', () => {
  it("takes the returned message's one To address, marked as known from the original only", async () => {
    const parsed = await readBounce(report);
    expect(parsed.recipients.map((r) => [r.address, r.fromOriginalOnly])).toEqual([['someone@example.com', true]]);
    expect(classify(parsed).recipients.map((r) => [r.reason, r.status])).toEqual([['undefined', '5.0.900']]);
  });
});
