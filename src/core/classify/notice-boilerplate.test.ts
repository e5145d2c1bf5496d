import { describe, expect, it } from 'vitest';
import { unableToDeliverNotice } from './notices.test-helpers.ts';
import { classifyText } from './index.ts';
import { withoutNoticeBoilerplate } from './notice-boilerplate.ts';

describe('withoutNoticeBoilerplate', () => {
  it('blanks the heading and keeps the rest', () => {
    expect(withoutNoticeBoilerplate('i was unable to deliver your message. mailbox full')).toBe('i was   your message. mailbox full');
  });
  it('returns the same text when there is no heading', () => {
    expect(withoutNoticeBoilerplate('mailbox full')).toBe('mailbox full');
    expect(withoutNoticeBoilerplate('')).toBe('');
  });
});

describe('a notice whose recipient line decides nothing', () => {
  const notice = unableToDeliverNotice;

  it('is not made a system error by the heading "unable to deliver"', async () => {
    const c = await classifyText(notice('550 please contact the postmaster'));
    expect(c.recipients[0]?.address).toBe('jane@example.com');
    expect(c.recipients[0]?.reason).toBe('onhold');
  });

  it('still reads a server answer that says it cannot deliver as its own failure', async () => {
    const c = await classifyText('<jane@example.com>: host mx.example.net[198.51.100.2] said: 451 Unable to deliver mail, local error in processing');
    expect(c.recipients[0]?.reason).toBe('systemerror');
  });
});
