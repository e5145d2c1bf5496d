import { describe, expect, it } from 'vitest';
import { BLOCKLISTS, blocklistById, findBlocklistInText, interpretBlocklistAnswer } from './blocklists.ts';

describe('findBlocklistInText', () => {
  it('names the list quoted in a rejection', () => {
    expect(findBlocklistInText('554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.1')?.id).toBe('spamhaus-zen');
    expect(findBlocklistInText('554 5.7.1 <sender@example.com>: Sender address rejected: domain listed in dbl.spamhaus.org')?.id).toBe('spamhaus-dbl');
    expect(findBlocklistInText('554 Service unavailable; Client host [192.0.2.2] blocked using b.barracudacentral.org')?.id).toBe('barracuda');
    expect(findBlocklistInText('550 5.7.1 Blocked - see http://www.spamcop.net/bl.shtml?192.0.2.3')?.id).toBe('spamcop');
    expect(findBlocklistInText('rejected: listed at dnsbl-1.uceprotect.net')?.id).toBe('uceprotect-1');
  });
  it('returns null when no list is named, and for bad input', () => {
    expect(findBlocklistInText('550 5.1.1 user unknown')).toBeNull();
    expect(findBlocklistInText('')).toBeNull();
    expect(findBlocklistInText(42 as unknown as string)).toBeNull();
  });
});

describe('BLOCKLISTS', () => {
  it('is short, ranked and complete', () => {
    expect(BLOCKLISTS.length).toBeLessThanOrEqual(12);
    const ranks = BLOCKLISTS.map((b) => b.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks).size).toBe(ranks.length);
    for (const b of BLOCKLISTS) {
      expect(Object.keys(b.returnCodes).length, b.id).toBeGreaterThan(0);
      for (const code of [...Object.keys(b.returnCodes), ...Object.keys(b.refusedCodes)]) expect(code).toMatch(/^127\.\d+\.\d+\.\d+$/);
      expect(b.lookupUrl('192.0.2.1')).toMatch(/^https:\/\//);
      expect(b.testName.endsWith(b.zone)).toBe(true);
    }
  });
  it('knows the Spamhaus ZEN and DBL codes and refusals', () => {
    const zen = blocklistById('zen.spamhaus.org');
    expect(zen?.returnCodes['127.0.0.2']).toMatch(/SBL/);
    expect(zen?.returnCodes['127.0.0.4']).toMatch(/XBL/);
    expect(zen?.returnCodes['127.0.0.10']).toMatch(/PBL/);
    expect(zen?.refusedCodes['127.255.255.254']).toMatch(/public/);
    expect(zen?.dqsZone?.('AbC123')).toBe('abc123.zen.dq.spamhaus.net');
    expect(zen?.dqsZone?.('bad key.')).toBe('');
    expect(blocklistById('spamhaus-dbl')?.returnCodes['127.0.1.4']).toMatch(/phishing/);
    expect(blocklistById('spamhaus-dbl')?.dqsZone?.('k1')).toBe('k1.dbl.dq.spamhaus.net');
    expect(blocklistById('spamhaus-zen')?.lookupUrl('192.0.2.1')).toBe('https://check.spamhaus.org/results/?query=192.0.2.1');
  });
});

describe('interpretBlocklistAnswer', () => {
  const zen = blocklistById('spamhaus-zen')!;
  const uribl = blocklistById('uribl')!;
  it('counts only documented codes as listings', () => {
    expect(interpretBlocklistAnswer(zen, '127.0.0.2').kind).toBe('listed');
    expect(interpretBlocklistAnswer(zen, '127.255.255.254').kind).toBe('refused');
    expect(interpretBlocklistAnswer(zen, '127.0.0.99').kind).toBe('undocumented');
    expect(interpretBlocklistAnswer(zen, '198.51.100.1')).toMatchObject({ kind: 'undocumented' });
    expect(interpretBlocklistAnswer(zen, '').kind).toBe('undocumented');
  });
  it('reads bit masks, and refuses the URIBL 127.0.0.1 answer', () => {
    expect(interpretBlocklistAnswer(uribl, '127.0.0.14')).toMatchObject({ kind: 'listed' });
    expect(interpretBlocklistAnswer(uribl, '127.0.0.6').meaning).toMatch(/black.*grey/);
    expect(interpretBlocklistAnswer(uribl, '127.0.0.1').kind).toBe('refused');
    expect(interpretBlocklistAnswer(uribl, '127.0.0.16').kind).toBe('undocumented');
  });
});
