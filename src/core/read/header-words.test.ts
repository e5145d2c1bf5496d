import { describe, expect, it } from 'vitest';
import { decodeWords } from 'postal-mime';
import { decodeHeaderWords } from './header-words.ts';

describe('decodeHeaderWords', () => {
  it('decodes encoded words as postal-mime does', () => {
    for (const v of ['=?utf-8?B?WsO8cmljaA==?=', '=?iso-8859-1?Q?Caf=E9?= au lait', 'Re: =?utf-8?Q?Unzustellbar?= =?utf-8?Q?_Nachricht?=']) {
      expect(decodeHeaderWords(v)).toBe(decodeWords(v));
    }
    expect(decodeHeaderWords('=?utf-8?B?WsO8cmljaA==?=')).toBe('Zürich');
  });

  it('returns a value without "=?" as it is, as postal-mime would', () => {
    for (const v of ['', 'Undelivered Mail Returned to Sender', '  a ? = b  ', 'x\ufffdy', 'MAILER-DAEMON@example.net (Mail Delivery System)']) {
      expect(decodeHeaderWords(v)).toBe(v);
      expect(decodeWords(v)).toBe(v);
    }
  });
});
