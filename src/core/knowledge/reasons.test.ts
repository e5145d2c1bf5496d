import { describe, expect, it } from 'vitest';
import { ALL_REASONS, REASONS } from './reasons.ts';
import { describeStatus } from './status-codes.ts';

describe('REASONS', () => {
  it('covers the whole vocabulary with its own key', () => {
    expect(ALL_REASONS).toHaveLength(35);
    for (const r of ALL_REASONS) expect(REASONS[r].reason).toBe(r);
  });

  it('writes headlines with the address and domain', () => {
    expect(REASONS.userunknown.title({ address: 'jane@example.com', domain: 'example.com' }))
      .toBe('The address jane@example.com does not exist');
    expect(REASONS.hostunknown.title({ address: 'jane@exmaple.com', domain: 'exmaple.com' })).toContain('exmaple.com');
    expect(REASONS.mailboxfull.title({ address: '', domain: '' })).not.toMatch(/undefined|\s{2}/);
  });

  it('reads naturally without an address or domain (a server answer pasted on its own)', () => {
    for (const r of ALL_REASONS) {
      const title = REASONS[r].title({ address: '', domain: '' });
      expect(title, r).not.toMatch(/undefined|null|\s{2}|\b(\w+) \1\b|domain the recipient/i);
      expect(title.charAt(0), r).toBe(title.charAt(0).toUpperCase());
    }
  });

  it('has 2-3 sentence explanations and valid default codes for every reason', () => {
    for (const r of ALL_REASONS) {
      const info = REASONS[r];
      const sentences = info.explanation.split(/[.!?](?:\s|$)/).filter((s) => s.trim()).length;
      expect(sentences, r).toBeGreaterThanOrEqual(1);
      expect(sentences, r).toBeLessThanOrEqual(3);
      expect(info.title({ address: 'a@example.org', domain: 'example.org' }).length, r).toBeGreaterThan(10);
      if (info.defaultStatus !== null) expect(describeStatus(info.defaultStatus), r).not.toBeNull();
    }
  });

  it('marks temporary reasons as not permanent', () => {
    expect(REASONS.mailboxfull.permanentByDefault).toBe(false);
    expect(REASONS.speeding.permanentByDefault).toBe(false);
    expect(REASONS.userunknown.permanentByDefault).toBe(true);
  });
});
