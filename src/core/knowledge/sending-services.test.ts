import { describe, expect, it } from 'vitest';
import { findSendingService } from './sending-services.ts';

describe('findSendingService', () => {
  it('recognises the service from Received host names', () => {
    expect(findSendingService([null, 'mail-sor-f41.google.com'])?.spfInclude).toBe('include:_spf.google.com');
    expect(findSendingService(['EUR05-AM6-obe.outbound.protection.outlook.com.'])?.id).toBe('microsoft365');
    expect(findSendingService(['a8-30.smtp-out.amazonses.com'])?.spfInclude).toBe('include:amazonses.com');
    expect(findSendingService(['o1.ptr1234.sendgrid.net'])?.id).toBe('sendgrid');
  });
  it('matches whole name suffixes only', () => {
    expect(findSendingService(['google.com.example.net', 'notsendgrid.net', 'mx.example.com'])).toBeNull();
    expect(findSendingService([])).toBeNull();
    expect(findSendingService(['x'.repeat(10000)])).toBeNull();
  });
});
