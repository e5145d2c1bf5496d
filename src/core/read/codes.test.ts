import { describe, expect, it } from 'vitest';
import { findReplyCode, findStatus, pickCodes } from './codes.ts';

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

describe('findReplyCode next to numbers', () => {
  it('reads a reply code followed by the IP it is about, but not a phone number', () => {
    expect(findReplyCode('550 203.0.113.5 is listed on a blocklist, mail refused')?.code).toBe('550');
    expect(findReplyCode('said: 554 10.0.0.1 rejected by policy')?.code).toBe('554');
    expect(findReplyCode('Call me at 421 555 0100.')).toBeNull();
    expect(findReplyCode('or at 555-0100')).toBeNull();
  });
});

describe('findStatus', () => {
  it('prefers a specific code over x.0.0', () => {
    expect(findStatus('554 5.0.0 see 5.7.1 policy')?.code).toBe('5.7.1');
  });
});

describe('findStatus after a reply code', () => {
  it("prefers the remote server's code quoted after its reply code over a relay's summary code", () => {
    expect(findStatus("5.1.0 - Unknown address error 550-'5.2.2 <a@example.com>... Mailbox Full'")?.code).toBe('5.2.2');
  });
});

describe('pickCodes', () => {
  it('keeps the DSN status when the answer has no code', () => {
    expect(pickCodes('5.1.1', 'no such user')).toEqual({ status: '5.1.1', replyCode: null });
  });

  it('lets a specific code of the same class in the answer replace a vague DSN status', () => {
    expect(pickCodes('5.0.0', '550 5.7.1 refused')).toEqual({ status: '5.7.1', replyCode: '550' });
  });

  it("does not let an answer's x.y.0 code replace a specific DSN status", () => {
    expect(pickCodes('5.1.1', '550 #5.1.0 Address rejected').status).toBe('5.1.1');
  });

  it('lets an answer whose reply code and status agree override a DSN status of the other class', () => {
    expect(pickCodes('4.5.0', '550 5.5.0 Service refused, please try later')).toEqual({ status: '5.5.0', replyCode: '550' });
  });

  it("takes the answer after the address in Sendmail's \"554 <addr>... 550 Host unknown\"", () => {
    expect(pickCodes(null, '554 <a@example.org>... 550 Host unknown (Authoritative answer from name server)').replyCode).toBe('550');
    expect(pickCodes(null, '554 <a@example.org>... Remote protocol error 550 example.org (smtp)... 550 Host unknown').replyCode).toBe('554');
  });

  it('does not report a reply code that contradicts the status class', () => {
    expect(pickCodes('4.0.0', '554 Blocked - see https://example.com/lookup')).toEqual({ status: '4.0.0', replyCode: null });
  });
});
