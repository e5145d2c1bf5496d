import { describe, expect, it } from 'vitest';
import { statusReasonFor } from './status-reasons.ts';
import { classifyText } from './index.ts';

describe('statusReasonFor', () => {
  it('reads 5.1.10 by its reply code: Microsoft\'s 550 is an unknown recipient, 556 (RFC 7505) a null MX', () => {
    expect(statusReasonFor('5.1.10', '550')).toBe('userunknown');
    expect(statusReasonFor('5.1.10', '556')).toBe('notaccept');
    expect(statusReasonFor('5.1.10', null)).toBe('notaccept');
    expect(statusReasonFor('5.2.2', '552')).toBe('mailboxfull');
    expect(statusReasonFor('9.9.9', '550')).toBeNull();
  });
  it('reads the top of an Outlook notice with only "Status code: 550 5.1.10" as an unknown recipient', async () => {
    const c = await classifyText('Your message to nora@example.com couldn\'t be delivered.\n\nMore Info for Email Admins\nStatus code: 550 5.1.10\n');
    expect(c.recipients[0]).toMatchObject({ address: 'nora@example.com', reason: 'userunknown', status: '5.1.10' });
    const nullMx = await classifyText('<ivy@example.net>: 556 5.1.10 Recipient address has null MX\n');
    expect(nullMx.recipients[0]).toMatchObject({ reason: 'notaccept', title: 'The domain example.net does not accept email at all' });
  });
});
