import { describe, expect, it } from 'vitest';
import { readBounce } from './index.ts';
import { MAX_NESTING } from './limits.ts';

const BOUNCE = [
  'From: MAILER-DAEMON@mx.example.net', 'To: a@example.com', 'Subject: Undelivered Mail Returned to Sender',
  'MIME-Version: 1.0', 'Content-Type: multipart/report; report-type=delivery-status; boundary="b"', '',
  '--b', 'Content-Type: text/plain', '', '<gone@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown', '',
  '--b', 'Content-Type: message/delivery-status', '', 'Final-Recipient: rfc822; gone@example.org', 'Action: failed', 'Status: 5.1.1', '',
  '--b', 'Content-Type: text/rfc822-headers', '', 'From: a@example.com', 'To: gone@example.org', 'Subject: hi', '', '--b--', '',
].join('\n');

/** `text` forwarded as an attachment `levels` times. */
function forwarded(text: string, levels: number): string {
  let out = text;
  for (let i = 0; i < levels; i++) {
    out = `From: a@example.com\nTo: help@example.net\nSubject: Fwd\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="n${i}"\n\n--n${i}\nContent-Type: text/plain\n\nsee below\n--n${i}\nContent-Type: message/rfc822\n\n${out}\n--n${i}--\n`;
  }
  return out;
}

const LIMIT_WARNING = 'Nested messages beyond the nesting limit were not read.';

describe('bounces forwarded inside forwarded messages', () => {
  it('reads one at the nesting limit, without saying anything was left unread', async () => {
    const parsed = await readBounce(forwarded(BOUNCE, MAX_NESTING));
    expect(parsed.recipients.map((r) => r.address)).toEqual(['gone@example.org']);
    // Its own returned headers are no unread nested message.
    expect(parsed.warnings).not.toContain(LIMIT_WARNING);
  });

  it('says the limit was reached when the bounce lies deeper: no recipient, but a warning on the result', async () => {
    const parsed = await readBounce(forwarded(BOUNCE, MAX_NESTING + 1));
    expect(parsed.recipients).toEqual([]);
    expect(parsed.warnings).toContain(LIMIT_WARNING);
  });
});
