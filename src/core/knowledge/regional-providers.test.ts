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

describe('provider catalogs: Orange / La Poste codes', () => {
  it.each([
    ['421 4.2.0 Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR005_505 [505]', 'systemerror'],
    ['550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]', 'userunknown'],
    ['550 5.5.0 Le compte du destinataire est bloque. The recipient account is blocked. LPN007_426', 'suspend'],
    ['421 mwinf5c79 ME Trop de connexions. Too many connections, slow down. LPN105-104', 'toomanyconn'],
  ])('%s → %s', (text, reason) => {
    expect(matchProvider(text, null)?.rule.reason).toBe(reason);
  });
  it('leaves "try again later" codes to the words', () => {
    expect(matchProvider('550 5.5.0 Service refuse. LPN001_108', null)).toBeNull();
  });
});

describe('provider catalogs: Cox codes', () => {
  it.each([
    ['554 cox.net rejected 192.0.2.10 - CXBL - https://postmaster.example.net/', 'blocked'],
    ['421 cox.net 192.0.2.10 temporarily blocked CDRBL', 'blocked'],
    ['554 5.7.1 cox.net 192.0.2.10 rejected IPBL0101 - see https://postmaster.example.net/', 'blocked'],
    ['552 message rejected, a link is listed URLBL1011', 'spamdetected'],
    ['550 5.1.0 <jane@example.com> sender rejected. AUP#CXSNDR', 'rejected'],
    ['550 sending blocked AUP#CXMJ', 'rejected'],
    ['554 192.0.2.10 rejected, no reverse DNS. AUP#CXDNS', 'requireptr'],
    ['421 too many connections. AUP#CXCNCT', 'toomanyconn'],
    ['452 too many messages. AUP#CXMXRT', 'speeding'],
  ])('%s → %s', (text, reason) => {
    expect(matchProvider(text, null)?.rule.reason).toBe(reason);
    expect(matchProvider(text, null)?.catalog.id).toBe('cox');
  });
  it('matches the codes as whole words only (not inside base64 text or longer tokens)', () => {
    expect(matchProvider('R0lGODlhCXBLAAEAgAAAAP8AAAAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', null)).toBeNull();
    expect(matchProvider('550 rejected IPBL0102', null)).toBeNull();
  });
});
