import { describe, expect, it } from 'vitest';
import { headerBlockShape } from './header-sniff.ts';

const KNOWN = /^(?:from|to|subject)$/i;

describe('headerBlockShape', () => {
  it('counts the fields before the first blank line and sees a known name', () => {
    const shape = headerBlockShape('From: a@example.org\nX-Other: 1\n  folded\n\nTo: body@example.com\n', 8192, KNOWN);
    expect(shape).toEqual({ fieldsInFirstBlock: 2, startsWithField: true, hasKnownName: true });
  });

  it('stops at a line of spaces and tabs, with LF or CRLF line ends alike', () => {
    expect(headerBlockShape('X-A: 1\n \t\nSubject: s\n', 8192, KNOWN).hasKnownName).toBe(false);
    // The CRLF copy of a text gets the shape of its LF form (before, a CRLF blank line was read through,
    // so "A: x\r\nB: 550 ...\r\n\r\nReceived:" was read as a message and its LF form as pasted text).
    for (const text of ['X-A: 1\r\n\r\nSubject: s\r\n', 'X-A: 1\r\n \t\r\nSubject: s\r\n']) {
      expect(headerBlockShape(text, 8192, KNOWN)).toEqual(headerBlockShape(text.replace(/\r\n/g, '\n'), 8192, KNOWN));
      expect(headerBlockShape(text, 8192, KNOWN).hasKnownName).toBe(false);
    }
  });

  it('knows pasted text: no field on the first line', () => {
    expect(headerBlockShape('Hello there\nFrom: a@example.org\n', 8192, KNOWN).startsWithField).toBe(false);
    expect(headerBlockShape('\u00a0\nFrom: a@example.org\nTo: b@example.org\n', 8192, KNOWN).startsWithField).toBe(false);
  });

  it('reads only the first `limit` characters: a name cut before its colon is no field', () => {
    expect(headerBlockShape('X-A: 1\nSubject: s\n', 10, KNOWN)).toEqual({ fieldsInFirstBlock: 1, startsWithField: true, hasKnownName: false });
    expect(headerBlockShape('X-A: 1\nSubject: s\n', 15, KNOWN).hasKnownName).toBe(true);
  });

  it('takes no name longer than 76 characters', () => {
    expect(headerBlockShape(`${'a'.repeat(77)}: x\nTo: y\n`, 8192, KNOWN).startsWithField).toBe(false);
  });
});
