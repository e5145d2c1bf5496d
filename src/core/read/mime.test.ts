import { describe, expect, it } from 'vitest';
import PostalMime from 'postal-mime';
import { parseMime } from './mime.ts';

/** A report with every part kind parseMime sorts: text (quoted-printable), delivery status (base64), returned original. */
const REPORT = [
  'From: MAILER-DAEMON@mx.example.net',
  'To: alice@example.org',
  'Subject: =?utf-8?q?Undelivered_Mail?=',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"',
  '',
  '--B1',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  '<jane@example.com>: host mx.example.com[192.0.2.10] said: 550 5.1.1 Empf=C3=A4nger',
  '    unknown (in reply to RCPT TO command)',
  '',
  '--B1',
  'Content-Type: message/delivery-status',
  'Content-Transfer-Encoding: base64',
  '',
  Buffer.from('Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; jane@example.com\nAction: failed\nStatus: 5.1.1\n').toString('base64'),
  '',
  '--B1',
  'Content-Type: message/rfc822',
  '',
  'From: alice@example.org',
  'To: jane@example.com',
  'Subject: Hello',
  '',
  'Hi.',
  '--B1--',
  '',
].join('\n');

describe('parseMime', () => {
  it('gives the same headers, text and parts as a full postal-mime parse (its skipped summary step is not needed)', async () => {
    const full = await PostalMime.parse(REPORT, { forceRfc822Attachments: true, attachmentEncoding: 'arraybuffer' });
    const mime = await parseMime(REPORT);
    expect(mime).not.toBeNull();
    expect(mime!.headers.map((h) => [h.key, h.value])).toEqual(full.headers.map((h) => [h.key, h.value]));
    expect(mime!.text).toBe(full.text);
    expect(mime!.text).toContain('Empfänger');
    const decoder = new TextDecoder();
    const types = full.attachments.map((a) => a.mimeType);
    expect(types).toEqual(['message/delivery-status', 'message/rfc822']);
    expect(mime!.deliveryStatus).toEqual([decoder.decode(full.attachments[0]!.content as ArrayBuffer)]);
    expect(mime!.deliveryStatus[0]).toContain('Status: 5.1.1');
    expect(mime!.originals).toEqual([{ kind: 'message', content: decoder.decode(full.attachments[1]!.content as ArrayBuffer) }]);
  });

  it('reads non-ASCII input the same as postal-mime reads the string', async () => {
    const raw = 'From: a@example.org\nSubject: Zürich\nContent-Type: text/plain; charset=utf-8\n\nÜnzustellbar: 550 5.1.1 jane@example.com\n';
    const full = await PostalMime.parse(raw);
    const mime = await parseMime(raw);
    expect(mime!.text).toBe(full.text);
    expect(mime!.headers.find((h) => h.key === 'subject')?.value).toBe('Zürich');
  });
});
