import { describe, expect, it } from 'vitest';
import { transcriptAnswer } from './transcript.ts';

const notice = [
  '   ----- The following addresses had permanent fatal errors -----',
  '<kijitora@example.org>',
  '    (reason: Insufficient permission)',
  '',
  '   ----- Transcript of session follows -----',
  '... while talking to mx.example.org.:',
  '>>> RCPT To:<kijitora@example.org>',
  '<<< 550 5.1.1 <other@example.org>... User unknown',
  'maildrop: maildir over quota.',
  '550 5.0.0 <kijitora@example.org>... Insufficient permission',
  '',
].join('\n');

describe('transcriptAnswer', () => {
  it("returns the answer lines that name the recipient, not another recipient's", () => {
    expect(transcriptAnswer(notice, 'kijitora@example.org')).toBe('550 5.0.0 <kijitora@example.org>... Insufficient permission');
  });

  it('falls back to answer lines that name no address (a local program error)', () => {
    const text = '----- Transcript of session follows -----\nDBI connect failed\n554 5.3.0 unknown mailer error 255\n';
    expect(transcriptAnswer(text, 'someone@example.com')).toBe('554 5.3.0 unknown mailer error 255');
  });

  it('is empty without a transcript', () => {
    expect(transcriptAnswer('550 5.1.1 <a@example.com>... User unknown', 'a@example.com')).toBe('');
  });
});
