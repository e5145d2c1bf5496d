import { describe, expect, it } from 'vitest';
import { normalizeAddress } from './address.ts';
import { readDsn } from './dsn.ts';

describe('normalizeAddress', () => {
  it('keeps a plain address, lower-casing only the domain', () => {
    expect(normalizeAddress(' <Kim.Lee@Example.ORG.> ')).toBe('Kim.Lee@example.org');
    expect(normalizeAddress('rfc822; a@example.net')).toBe('a@example.net');
  });

  it('leaves a value without "@" as it is (a file or a program)', () => {
    expect(normalizeAddress('/var/mail/box')).toBe('/var/mail/box');
  });

  it('reads the address out of a value that is no single address', () => {
    // Exim's DSN for a pipe: the address is one word among the command's.
    expect(normalizeAddress('|/usr/local/bin/prog kim@example.com /home/kim/.prog')).toBe('kim@example.com');
    // A type prefix changed in transit, a control character, two fields run together.
    expect(normalizeAddress('r\u5067c822; kim@example.com')).toBe('kim@example.com');
    expect(normalizeAddress('\u0007 kim@example.com')).toBe('kim@example.com');
    expect(normalizeAddress('a@example.org b@example.org')).toBe('a@example.org');
  });

  it('gives "" for a value with "@" but no readable address, never one with blanks or two "@"', () => {
    expect(normalizeAddress('kim@content-type: multipart/mixed; boundary="x')).toBe('');
    expect(normalizeAddress('@')).toBe('');
    expect(normalizeAddress('kim\u3000lee@')).toBe('');
  });
});

describe('readDsn recipient addresses', () => {
  it('names the address of a pipe recipient, not the whole command', () => {
    const dsn = readDsn('Action: failed\nFinal-Recipient: rfc822;|/usr/local/bin/prog kim@example.com /home/kim/.prog\nStatus: 5.0.0\n');
    expect(dsn.recipients.map((r) => r.address)).toEqual(['kim@example.com']);
  });
});
