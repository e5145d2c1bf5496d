import { describe, expect, it } from 'vitest';
import { withoutOthersLines } from './without-others-lines.ts';
import { classifyText } from './index.ts';

describe('withoutOthersLines', () => {
  const text = 'Bounced:\na@example.com - 550 5.1.1 User unknown\nb@example.org - 552 5.2.2 Mailbox full\nc@example.net - 421 4.7.0 Try again later\nReason for all: see above';
  it('drops the lines naming only other recipients, keeps its own and those naming nobody', () => {
    expect(withoutOthersLines(text, 'c@example.net', ['a@example.com', 'b@example.org']))
      .toBe('Bounced:\nc@example.net - 421 4.7.0 Try again later\nReason for all: see above');
  });
  it('keeps a line that names this recipient beside others, and everything when there are no others', () => {
    expect(withoutOthersLines('a@example.com, B@Example.org: mailbox full', 'b@example.org', ['a@example.com'])).toBe('a@example.com, B@Example.org: mailbox full');
    expect(withoutOthersLines(text, 'a@example.com', [])).toBe(text);
  });
  it('matches line by line when lower-casing changes the length', () => {
    expect(withoutOthersLines('İstanbul\nb@example.org full\nmine', 'c@example.net', ['b@example.org'])).toBe('İstanbul\nmine');
  });
});

describe('a recipient whose own line decides nothing', () => {
  it('does not take the reason of another recipient\'s line in the same list', async () => {
    const c = await classifyText('Our newsletter to 3 people bounced:\na@example.com - 550 5.1.1 User unknown\nb@example.org - 552 5.2.2 Mailbox full\nc@example.net - 421 4.7.0 Try again later');
    expect(c.recipients.map((r) => r.reason)).toEqual(['userunknown', 'mailboxfull', 'onhold']);
    expect(c.recipients[2]!.permanent).toBe(false);
  });
  it('still reads a reason the notice gives once for all its recipients', async () => {
    const c = await classifyText('The following recipients failed:\n\na@example.com\nb@example.org\n\nReason: mailbox full\n');
    expect(c.recipients.map((r) => r.reason)).toEqual(['mailboxfull', 'mailboxfull']);
  });
});
