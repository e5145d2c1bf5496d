import { describe, expect, it } from 'vitest';
import { spamVerdictBeforeData } from './before-data.ts';

describe('spamVerdictBeforeData', () => {
  it('puts a verdict naming the sending host or IP on the host', () => {
    expect(spamVerdictBeforeData('550 5.7.1 your ip is listed as a spam source')).toBe('blocked');
    expect(spamVerdictBeforeData('554 client host 198.51.100.3 sends spam')).toBe('blocked');
  });

  it('puts any other verdict on the sender', () => {
    expect(spamVerdictBeforeData('554 5.7.1 email cannot be delivered. reason: email flagged as spam.')).toBe('rejected');
    expect(spamVerdictBeforeData('550 high spam score for sender domain')).toBe('rejected');
  });

  it('does not read "ip" inside another word', () => {
    expect(spamVerdictBeforeData('550 spam: zip archives refused')).toBe('rejected');
  });
});
