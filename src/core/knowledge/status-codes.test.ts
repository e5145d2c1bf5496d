import { describe, expect, it } from 'vitest';
import { describeReplyCode, describeStatus, STATUS_CODES } from './status-codes.ts';

describe('describeStatus', () => {
  it('explains registered codes with the reason they imply', () => {
    const s = describeStatus('5.1.1');
    expect(s).toMatchObject({ code: '5.1.1', statusClass: '5', permanent: true, reason: 'userunknown', registered: true });
    expect(s?.title).toMatch(/does not exist/i);
    expect(describeStatus('4.2.2')).toMatchObject({ permanent: false, reason: 'mailboxfull', registered: true });
    expect(describeStatus('5.1.10')).toMatchObject({ reason: 'hostunknown', registered: true });
    expect(describeStatus('5.7.25')?.reason).toBe('requireptr');
    expect(describeStatus('5.7.26')?.reason).toBe('authfailure');
    expect(describeStatus('5.7.27')?.reason).toBe('rejected');
    expect(describeStatus('4.4.7')?.reason).toBe('expired');
    expect(describeStatus('5.3.4')?.reason).toBe('mesgtoobig');
  });

  it('covers the later registrations X.7.20 to X.7.30', () => {
    for (let d = 20; d <= 30; d++) expect(describeStatus(`5.7.${d}`)?.registered, `5.7.${d}`).toBe(true);
    expect(describeStatus('5.7.30')?.title).toMatch(/REQUIRETLS/);
  });

  it('gives the subject meaning for vendor details, marked unregistered', () => {
    const s = describeStatus('5.7.509');
    expect(s).toMatchObject({ code: '5.7.509', registered: false, permanent: true });
    expect(s?.meaning).toMatch(/not in the public registry/);
    expect(describeStatus('5.0.911')).toMatchObject({ registered: false, implied: true, title: 'No status code given' });
    expect(describeStatus('5.7.911')?.implied).toBeUndefined();
  });

  it('tolerates spacing and leading zeros, and treats success as no reason', () => {
    expect(describeStatus(' 5.01.001 ')?.code).toBe('5.1.1');
    expect(describeStatus('2.0.0')).toMatchObject({ statusClass: '2', permanent: false, reason: null });
  });

  it('returns null for anything that is not a status code', () => {
    for (const bad of ['', 'x', '5.1', '3.1.1', '6.1.1', '5.8.1', '5.1.1.1', '5.1.1234', '550', 'a'.repeat(100000)]) {
      expect(describeStatus(bad), bad.slice(0, 20)).toBeNull();
    }
    expect(describeStatus(undefined as unknown as string)).toBeNull();
  });

  it('has unique keys', () => {
    const keys = STATUS_CODES.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('describeReplyCode', () => {
  it('explains the common codes', () => {
    expect(describeReplyCode('550')).toMatchObject({ permanent: true });
    expect(describeReplyCode('421')).toMatchObject({ permanent: false });
    expect(describeReplyCode(451)?.permanent).toBe(false);
    expect(describeReplyCode('452')?.reason).toBe('systemfull');
    expect(describeReplyCode('551')?.reason).toBe('hasmoved');
    expect(describeReplyCode('552')?.reason).toBe('mesgtoobig');
    expect(describeReplyCode('553')?.permanent).toBe(true);
    expect(describeReplyCode('535')?.reason).toBe('securityerror');
    expect(describeReplyCode('530')?.reason).toBe('securityerror');
    expect(describeReplyCode('554')?.title).toMatch(/failed/i);
  });
  it('describes unlisted codes by class and rejects junk', () => {
    expect(describeReplyCode('559')).toMatchObject({ code: '559', permanent: true, reason: null });
    for (const bad of ['', '5', '5500', '650', 'abc', '56x']) expect(describeReplyCode(bad), bad).toBeNull();
  });
});
