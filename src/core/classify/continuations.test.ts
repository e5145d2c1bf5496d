import { describe, expect, it } from 'vitest';
import { withoutRepeatedCodes } from './continuations.ts';
import { classifyText } from './index.ts';

describe('withoutRepeatedCodes', () => {
  it('keeps the first code of a multi-line reply and joins the words the others split', () => {
    expect(withoutRepeatedCodes('452-4.2.1 The user is receiving mail at a 452-4.2.1 rate that prevents 452 4.2.1 delivery'))
      .toBe('452-4.2.1 The user is receiving mail at a rate that prevents 452 4.2.1 delivery');
  });
  it('leaves a text without continuations as it is', () => {
    const text = '550 5.1.1 User unknown; call 555-0100';
    expect(withoutRepeatedCodes(text)).toBe(text);
  });
  it('lets a phrase split by a continuation decide (Gmail 4.2.1 wrapped mid-phrase)', async () => {
    const c = await classifyText('<c@example.com>: host mx.example.com[198.51.100.1] said: 452-4.2.1 The user you are trying to contact is receiving mail at a\n    452-4.2.1 rate that prevents additional messages from being delivered. - gsmtp');
    expect(c.recipients[0]).toMatchObject({ reason: 'speeding', status: '4.2.1', replyCode: '452' });
    expect(c.recipients[0]?.detail.recipientFlooded).toBe(true);
  });
});
