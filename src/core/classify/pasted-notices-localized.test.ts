/**
 * Localized pasted notices (pasted-notices-localized.data.ts): Outlook, Exchange and Gmail notices in the
 * user's language, delay warnings, delivery reports and auto-replies. Each must give exactly the recipients
 * the text names, with the expected kind, reason, codes, permanence and stated details.
 */
import { describe, expect, it } from 'vitest';
import { classifyText } from './index.ts';
import { LOCALIZED_NOTICES } from './pasted-notices-localized.data.ts';

describe('localized pasted notices', () => {
  it('covers every language and kind it claims', () => {
    expect(LOCALIZED_NOTICES.length).toBeGreaterThanOrEqual(30);
    const kinds = new Set(LOCALIZED_NOTICES.map((n) => n.kind ?? 'bounce'));
    expect([...kinds].sort()).toEqual(['autoreply', 'bounce', 'delay', 'delivered']);
  });
  it.each(LOCALIZED_NOTICES.map((n) => [n.name, n] as const))('%s', async (_name, notice) => {
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
  });
});
