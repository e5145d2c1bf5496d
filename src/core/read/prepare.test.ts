import { describe, expect, it } from 'vitest';
import { readBounce } from './index.ts';

const MESSAGE = [
  'Return-Path: <>',
  'From: MAILER-DAEMON@mx.example.net',
  'To: alice@example.org',
  'Subject: Undelivered Mail Returned to Sender',
  '',
  '<jane@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)',
  '',
].join('\r\n');

describe('prepareBounce: the input checks', () => {
  it('reads a message that starts with a byte order mark as a message, not as pasted text', async () => {
    const plain = await readBounce(MESSAGE);
    const withBom = await readBounce(`\ufeff${MESSAGE}`);
    expect(withBom.inputKind).toBe('mime');
    // Read as text, the bounce's own "To: alice@example.org" line was taken for a failed recipient.
    expect(withBom.recipients.map((r) => r.address)).toEqual(['jane@example.com']);
    const r = withBom.recipients[0]!;
    expect(r).toMatchObject({ status: '5.1.1', replyCode: '550', remoteMta: 'mx.example.com' });
    // Spans still point into the text as given, mark included: one character on from the plain read.
    expect(r.statusSpan!.start).toBe(plain.recipients[0]!.statusSpan!.start + 1);
    expect(`\ufeff${MESSAGE}`.slice(r.statusSpan!.start, r.statusSpan!.end)).toBe('5.1.1');
  });

  it('tells binary from text the same way for LF, CRLF and CR-only line ends', async () => {
    // Three control characters in 27 (more than a tenth: binary); the CRLF copy has 30 characters.
    const lf = 'a\u0000bcdefg\n'.repeat(3);
    const kinds = await Promise.all([lf, lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r')].map(async (t) => (await readBounce(t)).inputKind));
    expect(kinds).toEqual(['binary', 'binary', 'binary']);
  });

  it('reads the same words from a long paragraph whatever its line ends (windows count LF-form characters)', async () => {
    const lines = Array.from({ length: 10 }, (_, i) => `line ${i} of the answer from the server, ${"which goes on and on ".repeat(4)}`);
    const lf = `550 5.7.9 Message to kim@example.org not accepted:\n${lines.join('\n')}\nbecause of DMARC\n`;
    const [a, b, c] = await Promise.all([lf, lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r')].map((t) => readBounce(t)));
    expect(a!.recipients[0]!.diagnostic).toBeTruthy();
    expect(b!.recipients[0]!.diagnostic).toBe(a!.recipients[0]!.diagnostic);
    expect(c!.recipients[0]!.diagnostic).toBe(a!.recipients[0]!.diagnostic);
  });
});
