import { describe, expect, it } from 'vitest';
import { headerBlockShape } from './header-sniff.ts';

const KNOWN = /^(?:from|to|subject)$/i;

describe('headerBlockShape', () => {
  it('counts the fields before the first blank line and sees a known name', () => {
    const shape = headerBlockShape('From: a@example.org\nX-Other: 1\n  folded\n\nTo: body@example.com\n', 8192, KNOWN);
    expect(shape).toEqual({ fieldsInFirstBlock: 2, startsWithField: true, hasKnownName: true });
  });

  it('stops at a line of spaces and tabs, but reads through a CRLF blank line as a block break', () => {
    expect(headerBlockShape('X-A: 1\n \t\nSubject: s\n', 8192, KNOWN).hasKnownName).toBe(false);
    const crlf = headerBlockShape('X-A: 1\r\n\r\nSubject: s\r\n', 8192, KNOWN);
    expect(crlf.hasKnownName).toBe(true);
    expect(crlf.fieldsInFirstBlock).toBe(1);
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
