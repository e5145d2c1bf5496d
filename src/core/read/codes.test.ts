import { describe, expect, it } from 'vitest';
import { findReplyCode, findStatus } from './codes.ts';

describe('findReplyCode', () => {
  it('reads a code followed by a colon or a comma', () => {
    expect(findReplyCode('550: 5.1.1 <user@example.com>... User Unknown')?.code).toBe('550');
    expect(findReplyCode('Invalid Address, ERROR_CODE :550, ERROR_CODE :5.2.2')?.code).toBe('550');
    expect(findReplyCode('[Status: Error, ResponseCode 421, , Host not reachable.]')?.code).toBe('421');
  });

  it('ignores numbers that are not registered SMTP reply codes', () => {
    expect(findReplyCode('522 5.2.0 Delivery failed: Over quota')).toBeNull();
    expect(findReplyCode('Size (in bytes): 222\n550 - Requested action not taken')?.code).toBe('550');
  });
});

describe('findStatus', () => {
  it('prefers a specific code over x.0.0', () => {
    expect(findStatus('554 5.0.0 see 5.7.1 policy')?.code).toBe('5.7.1');
  });
});
