import { describe, expect, it } from 'vitest';
import { locate, locateCode, locateFieldValue, within } from './span.ts';
import { readBounce } from './index.ts';
import type { TextSpan } from './types.ts';

/** The input's characters a span covers: what the page highlights. */
const shown = (input: string, s: TextSpan | null): string | null => (s && s.start >= 0 ? input.slice(s.start, s.end) : null);

describe('locate', () => {
  it('finds a text read with LF line ends in an input written with CRLF or CR, as the input has it', () => {
    expect(locate('x\r\nsmtp; 550 a\r\n  b\r\n', 'smtp; 550 a\n  b')).toEqual({ text: 'smtp; 550 a\r\n  b', start: 3, end: 19 });
    expect(locate('x\rsmtp; 550 a\r  b\r', 'smtp; 550 a\n  b')).toEqual({ text: 'smtp; 550 a\r  b', start: 2, end: 17 });
    expect(locate('x\nsmtp; 550 a\n  c', 'smtp; 550 a\n  b').start).toBe(-1);
    // Not there in any form: -1, also in a CRLF input (this once recursed without end).
    expect(locate('x\r\nsmtp; 550 a\r\n  c', 'smtp; 550 a\n  b').start).toBe(-1);
  });
});

describe('within', () => {
  it('narrows a span to the text inside it', () => {
    const input = 'Status: 4.2.2 (mailbox full)';
    const line = locate(input, '4.2.2 (mailbox full)');
    expect(within(line, '4.2.2')).toEqual({ text: '4.2.2', start: 8, end: 13 });
  });

  it('gives -1/-1 when the outer span is not in the input or does not hold the text', () => {
    expect(within({ text: '4.2.2', start: -1, end: -1 }, '4.2.2')).toEqual({ text: '4.2.2', start: -1, end: -1 });
    expect(within({ text: 'abc', start: 3, end: 6 }, '5.1.1')).toEqual({ text: '5.1.1', start: -1, end: -1 });
  });
});

describe('locateCode', () => {
  it('skips an occurrence inside a longer number or word', () => {
    expect(locateCode('id aadc9d5507c3; said: 550 no', '550').start).toBe(23);
    expect(locateCode('5.1.10 then 5.1.1.', '5.1.1').start).toBe(12);
    expect(locateCode('15.1.1 x', '5.1.1').start).toBe(-1);
  });

  it('searches from `from` first, then from the start', () => {
    expect(locateCode('550 a; 550 b', '550', 2).start).toBe(7);
    expect(locateCode('550 a; b', '550', 2).start).toBe(0);
  });
});

describe('locateFieldValue', () => {
  it("finds a field's value after its own name, in any case and spacing", () => {
    const input = 'id 5.1.1x; said 5.1.1\nSTATUS:\t5.1.1\n';
    expect(locateFieldValue(input, 'status', '5.1.1').start).toBe(input.indexOf('\t5.1.1') + 1);
  });

  it('gives -1/-1 when no occurrence follows the name', () => {
    expect(locateFieldValue('said 5.1.1\nStatus: 5.=\n1.1', 'status', '5.1.1').start).toBe(-1);
  });
});

describe('spans of a read bounce cover exactly their text', () => {
  it("a DSN Status with a comment: the status span is the code, not the comment", async () => {
    const input = 'From: MAILER-DAEMON@example.net\nTo: a@example.com\nSubject: Delivery failure\nContent-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n--b\nContent-Type: text/plain\n\nfailed\n--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; example.net\n\nFinal-Recipient: rfc822; full@example.org\nAction: failed\nStatus: 5.2.2 (mailbox full)\n\n--b--\n';
    const r = (await readBounce(input)).recipients[0]!;
    expect(r.status).toBe('5.2.2');
    expect(shown(input, r.statusSpan)).toBe('5.2.2');
  });

  it('a DSN status is highlighted on its Status line, not where the same digits first appear', async () => {
    const input = 'From: MAILER-DAEMON@example.net\nTo: a@example.com\nSubject: Delivery failure\nContent-Type: multipart/report; report-type=delivery-status; boundary="b5.1.1c"\n\n--b5.1.1c\nContent-Type: text/plain\n\nfailed\n--b5.1.1c\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822; gone@example.org\nAction: failed\nStatus: 5.1.1\n\n--b5.1.1c--\n';
    const r = (await readBounce(input)).recipients[0]!;
    expect(r.status).toBe('5.1.1');
    expect(r.statusSpan!.start).toBe(input.indexOf('Status: 5.1.1') + 8);
  });

  it('a reply code whose answer is encoded: the span is the code in the answer, not digits inside a message id', async () => {
    const input = 'From: MAILER-DAEMON@example.net\nTo: a@example.com\nSubject: Delivery failure\nMessage-ID: <id-aadc9d5507c3@example.net>\nContent-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n--b\nContent-Type: text/plain\n\nfailed\n--b\nContent-Type: message/delivery-status\nContent-Transfer-Encoding: quoted-printable\n\nFinal-Recipient: rfc822; full@example.org\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 550 5.2.=\n2 Mailbox full\n\n--b--\n';
    const r = (await readBounce(input)).recipients[0]!;
    expect(r.replyCode).toBe('550');
    expect(r.replyCodeSpan!.start).toBe(input.indexOf('smtp; 550') + 6);
  });

  it("a bounce forwarded as an attachment: the returned original's Received and DKIM spans point into the whole input", async () => {
    const bounce = 'From: MAILER-DAEMON@example.net\nTo: a@example.com\nSubject: Undelivered Mail\nContent-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n--b\nContent-Type: text/plain\n\n<gone@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown\n--b\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822; gone@example.org\nAction: failed\nStatus: 5.1.1\n\n--b\nContent-Type: text/rfc822-headers\n\nReceived: from client.example.com (client.example.com [198.51.100.7]) by mx.example.net\nDKIM-Signature: v=1; d=example.com; s=sel; b=AAAA\nFrom: a@example.com\nTo: gone@example.org\n\n--b--\n';
    const input = `From: a@example.com\nTo: help@example.net\nSubject: Fwd: bounce\nContent-Type: multipart/mixed; boundary="outer"\n\n--outer\nContent-Type: text/plain\n\nSee the attachment.\n--outer\nContent-Type: message/rfc822\n\n${bounce}\n--outer--\n`;
    const parsed = await readBounce(input);
    expect(parsed.recipients.map((r) => r.address)).toEqual(['gone@example.org']);
    const original = parsed.original!;
    expect(shown(input, original.received[0]!.span)).toBe(original.received[0]!.span!.text);
    expect(shown(input, original.received[0]!.span)).toContain('from client.example.com');
    expect(shown(input, original.dkimSignatures[0]!.span)).toBe('v=1; d=example.com; s=sel; b=AAAA');
  });
});
