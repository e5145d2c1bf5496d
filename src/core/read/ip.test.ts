import { describe, expect, it } from 'vitest';
import ipaddr from 'ipaddr.js';
import { findIps, isIp, isPublicIp } from './ip.ts';

/** What isIp meant when it asked ipaddr.js (the reference for the own dotted-quad check). */
function referenceIsIp(text: string): boolean {
  return ipaddr.isValid(text) && (text.includes(':') || ipaddr.IPv4.isValidFourPartDecimal(text));
}

describe('isIp / isPublicIp', () => {
  it('accept exactly the dotted quads ipaddr.js accepts as four-part decimal', () => {
    const parts = ['0', '7', '00', '01', '099', '100', '199', '255', '256', '999', '1000', '', 'x', ' 1'];
    const differing: string[] = [];
    for (const a of parts) for (const b of parts) for (const c of parts) for (const d of parts) {
      const text = `${a}.${b}.${c}.${d}`;
      if (isIp(text) !== referenceIsIp(text)) differing.push(text);
    }
    expect(differing).toEqual([]);
    for (const text of ['1.2.3', '1.2.3.4.5', '1.2.3.4.', '.1.2.3.4', '1..2.3', '10', '0x7f.0.0.1', '1.2.3.4\n']) {
      expect(isIp(text), text).toBe(referenceIsIp(text));
    }
  });

  it('judge public ranges by ipaddr.js', () => {
    expect(isPublicIp('8.8.8.8')).toBe(true);
    expect(isPublicIp('10.1.2.3')).toBe(false);
    expect(isPublicIp('100.64.0.1')).toBe(false);
    expect(isPublicIp('127.0.0.1')).toBe(false);
    expect(isPublicIp('192.0.2.1')).toBe(false);
    expect(isPublicIp('010.1.2.3')).toBe(false);
    expect(isPublicIp('2a00:1450:4001::1')).toBe(true);
    expect(isPublicIp('::ffff:10.0.0.1')).toBe(false);
    expect(isPublicIp('fe80::1')).toBe(false);
  });
});

describe('findIps', () => {
  it('finds valid quads and bracketed IPv6, skipping longer dotted numbers, out-of-range parts and leading zeros', () => {
    const text = 'from mx [192.0.2.10] via 1.2.3.4.5 and 256.1.1.1, 01.2.3.4 [IPv6:2001:db8::7]';
    expect(findIps(text).map((x) => x.ip)).toEqual(['192.0.2.10', '2001:db8::7']);
  });
});
