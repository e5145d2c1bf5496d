import { describe, expect, it } from 'vitest';
import { noticeStart } from './notice-start.ts';
import { classifyText } from './index.ts';

describe('noticeStart', () => {
  it('starts a quoted notice at its quote block', () => {
    const text = 'Is their mailbox full??\n\n> Your message to ana@example.com could not be delivered.\n';
    expect(text.slice(noticeStart(text, 'ana@example.com'))).toMatch(/^> Your message/);
  });
  it('starts a forwarded notice after the separator or the forwarded header block', () => {
    const text = 'Am I blocked?\n\n---------- Forwarded message ---------\nFrom: Mail Delivery Subsystem <mailer-daemon@mail.example>\nSubject: Delivery Status Notification (Failure)\n\nAddress not found\n\nYour message wasn\'t delivered to ana@example.com.\n';
    expect(text.slice(noticeStart(text, 'ana@example.com'))).toMatch(/^\nAddress not found/);
  });
  it('finds the notice when the words above it hold letters whose lower case is longer (Turkish "İ")', () => {
    // 'İ'.toLowerCase() is two characters: an offset found in a lower-cased copy points past the address.
    const text = `${'İSTANBUL İZMİR İLETİ '.repeat(8)}neden?\n\n> Your message to ana@example.com could not be delivered.\n\nKim\n`;
    expect(text.slice(noticeStart(text, 'ana@example.com'))).toMatch(/^> Your message/);
  });
  it('is 0 for a notice pasted on its own, or an address the text does not hold', () => {
    expect(noticeStart('Address not found\n\nYour message wasn\'t delivered to ana@example.com.', 'ana@example.com')).toBe(0);
    expect(noticeStart('some text', 'ana@example.com')).toBe(0);
    expect(noticeStart('some text', '')).toBe(0);
  });
  it('keeps the customer\'s question out of the reason', async () => {
    const c = await classifyText('Hi support, am I blocked or is their mailbox full?? Urgent.\n\nKim\n\n> Your message to ana@example.com couldn\'t be delivered.\n>\n> Delivery has failed to these recipients or groups.\n');
    expect(c.recipients.map((r) => [r.address, r.reason])).toEqual([['ana@example.com', 'onhold']]);
  });
});
