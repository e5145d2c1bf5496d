import { describe, expect, it } from 'vitest';
import { noticeAnswer } from './notice-answer.ts';

const dragonfly = [
  'This is the mail agent at mx.example.jp.',
  '',
  'There was an error delivering your mail to <a@example.com>.',
  '',
  'mx.example.com [192.0.2.1] did not like our final DATA:',
  '550-5.7.26 Unauthenticated email from example.jp is not accepted due to',
  "550 5.7.26 domain's DMARC policy.",
  '',
  'Message headers follow.',
].join('\n');

describe('noticeAnswer', () => {
  it("adds the notice's reply paragraph, whole multi-line reply and its intro line, when the own lines have no code", () => {
    const own = 'There was an error delivering your mail to <a@example.com>.';
    const out = noticeAnswer(own, dragonfly, 'a@example.com', { status: false, reply: false, single: true });
    expect(out).toContain('did not like our final DATA:');
    expect(out).toContain("550 5.7.26 domain's DMARC policy.");
  });

  it('keeps the own lines when they already hold a reply code', () => {
    expect(noticeAnswer('550 5.1.1 no such user', dragonfly, 'a@example.com', { status: true, reply: true, single: true })).toBe('550 5.1.1 no such user');
  });

  it("does not borrow another recipient's answer when the notice has several", () => {
    const text = 'b@example.org:\n  550 5.1.1 unknown user b@example.org\n\na@example.com:\n  mailbox unavailable\n';
    expect(noticeAnswer('a@example.com:\n  mailbox unavailable', text, 'a@example.com', { status: false, reply: false, single: false })).toBe('a@example.com:\n  mailbox unavailable');
  });

  it('takes the next paragraph when the own sentence has no code and the notice has no reply at all', () => {
    const text = 'There was an error delivering your mail to <a@example.com>.\n\nDNS lookup failure: host example.com not found\n\nMessage headers follow.\n';
    expect(noticeAnswer('There was an error delivering your mail to <a@example.com>.', text, 'a@example.com', { status: false, reply: false, single: true }))
      .toBe('There was an error delivering your mail to <a@example.com>.\nDNS lookup failure: host example.com not found');
  });

  it("does not take the next paragraph when the recipient's line already says something", () => {
    const text = 'a@example.com: Network error on destination MXs\n\n    Please note that this is only a temporary failure report.\n';
    expect(noticeAnswer('a@example.com: Network error on destination MXs', text, 'a@example.com', { status: false, reply: false, single: true }))
      .toBe('a@example.com: Network error on destination MXs');
  });

  it('reads the reason written above a lone address (Lotus Notes) when the address has no lines of its own', () => {
    const text = '------- Failure Reasons  --------\n\nUser  not listed in public Name & Address Book\na@example.com\n\n';
    expect(noticeAnswer('', text, 'a@example.com', { status: false, reply: false, single: true })).toBe('User  not listed in public Name & Address Book');
    expect(noticeAnswer('', 'Delivery failed:\n\n   * a@example.com\n\n', 'a@example.com', { status: false, reply: false, single: true })).toBe('');
  });

  it('takes a paragraph with only a status code when the notice has no reply code (Mimecast)', () => {
    const text = 'could not be delivered:\n-- a@example.com\n\nThe problem appears to be :\n-- Recipient email address is possibly incorrect\n\n'
      + 'Additional information follows :\n-- 5.4.1 Recipient address rejected: Access denied.\n\nThis condition occurred after 1 attempt(s).\n';
    const own = 'The problem appears to be :\n-- Recipient email address is possibly incorrect';
    expect(noticeAnswer(own, text, 'a@example.com', { status: false, reply: false, single: true }))
      .toBe(`${own}\nAdditional information follows :\n-- 5.4.1 Recipient address rejected: Access denied.`);
  });

  it("puts the remote's answer from the session lines above Sendmail's summary line", () => {
    const text = '   ----- Transcript of session follows -----\nWhile talking to mx.example.edu:\n>>> MAIL From:<s@example.jp>\n<<< 550 Insecure Mail Relay\n'
      + '554 <a@example.edu>... Remote protocol error\n';
    expect(noticeAnswer('554 <a@example.edu>... Remote protocol error', text, 'a@example.edu', { status: false, reply: true, single: true }))
      .toBe('>>> MAIL From:<s@example.jp>\n<<< 550 Insecure Mail Relay\n554 <a@example.edu>... Remote protocol error');
  });
});

describe('noticeAnswer: the lines around an address', () => {
  it('finds them when the notice above holds letters whose lower case is longer (Turkish "İ")', () => {
    // 'İ'.toLowerCase() is two characters: an offset found in a lower-cased copy points past the address.
    const region = `${'İLETİ İSTANBUL '.repeat(10)}\n\n------- Failure Reasons --------\n\nUser not listed in public Name & Address Book\nana@example.com\n\nSee the help desk for more.\n`;
    expect(noticeAnswer('', region, 'ana@example.com', { status: false, reply: false, single: true })).toBe('User not listed in public Name & Address Book');
  });
});
