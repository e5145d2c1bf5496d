/**
 * Pasted notices: the visible text of a non-delivery notice as mail programs show it, with no headers
 * (pasted-notices.data.ts), and the same in the user's language: Outlook, Exchange and Gmail notices,
 * delay warnings, delivery reports and auto-replies (pasted-notices-localized.data.ts). Each must give
 * exactly the recipients the text names, with the expected kind, reason, codes, permanence and stated details.
 */
import { describe, expect, it } from 'vitest';
import { classifyText } from './index.ts';
import { PASTED_NOTICES } from './pasted-notices.data.ts';
import { LOCALIZED_NOTICES } from './pasted-notices-localized.data.ts';

/** Classifies `notice.text` and checks it against what the notice's data expects. */
async function expectReading(notice: (typeof PASTED_NOTICES)[number]): Promise<void> {
  const c = await classifyText(notice.text);
  expect(c.kind).toBe(notice.kind ?? 'bounce');
  expect(c.recipients.map((r) => r.address)).toEqual(notice.recipients.map((r) => r.address));
  notice.recipients.forEach((want, i) => {
    const got = c.recipients[i]!;
    expect({ reason: got.reason, replyCode: got.replyCode, permanent: got.permanent }, want.address)
      .toEqual({ reason: want.reason, replyCode: want.replyCode, permanent: want.permanent });
    if (want.status) expect(got.status, want.address).toBe(want.status);
    if (want.detail) expect(got.detail, want.address).toMatchObject(want.detail);
  });
}

describe('pasted notices', () => {
  it('has a realistic number of layouts', () => {
    expect(PASTED_NOTICES.length).toBeGreaterThanOrEqual(30);
  });
  it.each(PASTED_NOTICES.map((n) => [n.name, n] as const))('%s', async (_name, notice) => expectReading(notice));
  it('a failure notice about an auto-reply, or a success report with a failure code, stays a failure', async () => {
    const aboutAutoReply = await classifyText('Your message to ana@example.com couldn\'t be delivered.\n\nSubject: Automatic reply: out of office\n');
    expect(aboutAutoReply.kind).toBe('bounce');
    const mixed = await classifyText('Your message has been delivered to the following recipients:\n\nana@example.com\n550 5.1.1 User unknown\n');
    expect(mixed.recipients[0]?.reason).toBe('userunknown');
  });
});

describe('localized pasted notices', () => {
  it('covers every language and kind it claims', () => {
    expect(LOCALIZED_NOTICES.length).toBeGreaterThanOrEqual(30);
    const kinds = new Set(LOCALIZED_NOTICES.map((n) => n.kind ?? 'bounce'));
    expect([...kinds].sort()).toEqual(['autoreply', 'bounce', 'delay', 'delivered']);
  });
  it.each(LOCALIZED_NOTICES.map((n) => [n.name, n] as const))('%s', async (_name, notice) => expectReading(notice));
});
