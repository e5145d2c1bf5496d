import { describe, expect, it } from 'vitest';
import { matchProvider } from './providers.ts';

describe('provider catalogs: au by KDDI', () => {
  it('reads an unnamed "User unknown" as the reception filter and a named one as a missing mailbox', () => {
    expect(matchProvider('550 : User unknown', 'lsean.ezweb.ne.jp')?.rule.reason).toBe('filtered');
    expect(matchProvider('550 <jane@ezweb.ne.jp>: User unknown', null)?.rule.reason).toBe('userunknown');
    expect(matchProvider('550: <jane@au.com>: User unknown', null)?.rule.reason).toBe('userunknown');
  });
  it('applies only to au', () => {
    expect(matchProvider('550 <jane@example.com>: User unknown', 'mx.example.com')).toBeNull();
  });
});

describe('provider catalogs: Spectrum AUP codes', () => {
  it.each([
    ['550 5.1.0 <x@example.com> sender rejected. AUP#In-1310', 'toomanyconn'],
    ['554 AUP#O-1000 Your IP address has been blocked', 'blocked'],
    ['550 AUP#I-1120 reverse DNS', 'requireptr'],
    ['452 AUP#In-1420', 'speeding'],
    ['552 AUP#O-1530', 'mesgtoobig'],
  ])('%s → %s', (text, reason) => {
    expect(matchProvider(text, null)?.rule.reason).toBe(reason);
  });
  it('needs the AUP code', () => {
    expect(matchProvider('550 5.1.0 sender rejected 1310', null)).toBeNull();
  });
});
