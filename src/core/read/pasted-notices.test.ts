/**
 * Notices as a mail program shows them, copied and pasted without any header: what help-desk staff
 * paste most. Each text follows the layout of a real notice, with reserved names and addresses.
 */
import { describe, expect, it } from 'vitest';
import { readBounce } from './index.ts';

/** Outlook's current notice: a summary, then "Original Message Details" and "Error Details". */
const OUTLOOK_NOTICE = (code: string, error: string): string => [
  'Your message to ivan@example.com couldn\'t be delivered.',
  'You weren\'t recognized as a valid sender.',
  'judy                     Office 365                  ivan',
  'Action Required                                         Sender',
  '',
  'How to Fix It',
  'Your email admin needs to set up authentication for your domain.',
  '',
  'More Info for Email Admins',
  `Status code: ${code}`,
  '',
  'Original Message Details',
  'Created Date:    11/30/2026 8:00:00 AM',
  'Sender Address:  judy@sender.example',
  'Recipient Address:       ivan@example.com',
  'Subject: Invoice',
  '',
  'Error Details',
  `Error:   ${error}`,
  'Message rejected by:     mx.example.com',
].join('\n');

describe('pasted notices: who failed', () => {
  it('never takes the address after "Sender Address:" for a failed recipient', async () => {
    const p = await readBounce(OUTLOOK_NOTICE('550 5.1.10', '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient ivan@example.com not found by SMTP address lookup'));
    expect(p.recipients.map((r) => r.address)).toEqual(['ivan@example.com']);
  });
  it('skips other sender labels but keeps "expanded from:"', async () => {
    const p = await readBounce('Delivery failed.\nFrom: kim@sender.example\nMAIL FROM:<kim@sender.example>\n550 5.1.1 <lee@example.com>: User unknown\n');
    expect(p.recipients.map((r) => r.address)).toEqual(['lee@example.com']);
    const q = await readBounce('"|/usr/local/bin/filter"\n    (reason: 127)\n    (expanded from: <jane@example.com>)\n');
    expect(q.recipients.map((r) => r.address)).toEqual(['jane@example.com']);
  });
});
