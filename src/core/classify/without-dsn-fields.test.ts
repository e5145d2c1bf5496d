/**
 * A recipient whose own lines decide nothing must not borrow the DSN fields of another recipient
 * (the shape of corpus bsd/rfc3464-35, rewritten with reserved names).
 */
import { describe, expect, it } from 'vitest';
import { classifyText } from './index.ts';
import { withoutOthersDsnFields } from './without-dsn-fields.ts';

const BLOCKS = [
  'Reporting-MTA: dns; mx.example.org',
  '',
  'Final-Recipient: rfc822;jane@example.com',
  'Action: failed',
  'Status: 5.0.0',
  "Diagnostic-Code: smtp; 550 'jane@example.com' is not a",
  ' registered gateway user',
  '',
  'Final-Recipient: rfc822;omar@example.net',
  'Action: delayed',
  'Status: 4.0.0 (example.net: host name lookup failure)',
].join('\n');

describe('withoutOthersDsnFields', () => {
  it('drops the field lines of blocks naming only other recipients, folded lines included', () => {
    const forJane = withoutOthersDsnFields(BLOCKS, 'jane@example.com');
    expect(forJane).toContain('registered gateway user');
    expect(forJane).not.toContain('host name lookup failure');
    expect(forJane).toContain('Reporting-MTA');
    const forOmar = withoutOthersDsnFields(BLOCKS, 'Omar@example.net');
    expect(forOmar).toContain('host name lookup failure');
    expect(forOmar).not.toContain('gateway');
  });

  it('returns text without DSN blocks unchanged, and keeps the prose lines of a block', () => {
    const prose = 'The mail system could not deliver.\n\nStatus of your order: shipped';
    expect(withoutOthersDsnFields(prose, 'jane@example.com')).toBe(prose);
    const mixed = 'Final-Recipient: rfc822;omar@example.net\nplease contact the postmaster';
    expect(withoutOthersDsnFields(mixed, 'jane@example.com')).toBe('please contact the postmaster');
  });

  it('is cheap on a long block of folded lines', () => {
    const long = `Final-Recipient: rfc822;omar@example.net\nDiagnostic-Code: smtp; 550${'\n x'.repeat(50_000)}`;
    expect(withoutOthersDsnFields(long, 'jane@example.com')).toBe('');
  });
});

describe('classify: the fallback to the notice text', () => {
  // The delivery-status part's boundary is broken (a leading space), so its fields are read as notice text.
  const bounce = [
    'From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>',
    'Subject: Returned mail: see transcript for details',
    'To: <sender@example.org>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"',
    '',
    '--B1',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    '   ----- The following addresses had delivery problems -----',
    '<jane@example.com> (unrecoverable error)',
    '',
    ' --B1',
    'Content-Type: message/delivery-status',
    '',
    BLOCKS,
    '',
    '--B1--',
    '',
  ].join('\n');

  it("does not take another recipient's DSN words for a recipient whose own lines decide nothing", async () => {
    const c = await classifyText(bounce);
    const jane = c.recipients.find((r) => r.address === 'jane@example.com');
    const omar = c.recipients.find((r) => r.address === 'omar@example.net');
    expect(jane?.reason).toBeDefined();
    expect(jane?.reason).not.toBe('networkerror');
    // The recipient's own Status comment still counts for that recipient.
    expect(omar?.reason).toBe('networkerror');
  });
});
