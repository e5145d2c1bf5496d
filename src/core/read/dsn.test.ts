import { describe, expect, it } from 'vitest';
import { readDsn } from './dsn.ts';

describe('readDsn', () => {
  it('gives fields written before Final-Recipient to the recipient of their block', () => {
    const text = [
      'Reporting-MTA: dns; mx.example.net', '',
      'Action: failed', 'Status: 5.0.0', 'Diagnostic-Code: smtp; 550 a@example.org... No such user', 'Final-Recipient: rfc822; a@example.org', '',
      'Action: failed', 'Status: 5.2.2', 'Final-Recipient: rfc822; b@example.org',
    ].join('\n');
    const dsn = readDsn(text);
    expect(dsn.recipients.map((r) => [r.address, r.status, r.action])).toEqual([['a@example.org', '5.0.0', 'failed'], ['b@example.org', '5.2.2', 'failed']]);
    expect(dsn.recipients[0]!.diagnostic).toBe('550 a@example.org... No such user');
  });

  it('keeps the usual order working, fields after the recipient', () => {
    const dsn = readDsn('Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.1.1\n');
    expect(dsn.recipients[0]).toMatchObject({ address: 'a@example.org', action: 'failed', status: '5.1.1' });
  });

  it('sets aside recipients that are no mail address (a file, "@host")', () => {
    const dsn = readDsn('Final-Recipient: rfc822;/var/mail/spool/box\nStatus: 5.0.0\n\nFinal-Recipient: RFC822; @mx.example.org\nStatus: 5.1.2\n');
    expect(dsn.recipients).toEqual([]);
    expect(dsn.unaddressed?.map((r) => r.status)).toEqual(['5.0.0', '5.1.2']);
  });

  it('reads no status from a Status whose code has a part of more than three digits', () => {
    const dsn = readDsn('Final-Recipient: rfc822; a@example.org\nStatus: 5.7.7909\n\nFinal-Recipient: rfc822; b@example.org\nStatus: 5.7.790 (ok)\n');
    expect(dsn.recipients.map((r) => r.status)).toEqual([null, '5.7.790']);
  });
});
