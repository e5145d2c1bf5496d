import { describe, expect, it } from 'vitest';
import { createSlotMatcher } from './slot-matcher.ts';

describe('createSlotMatcher', () => {
  it('matches results to their planned cards by inputs, in any completion order', () => {
    const m = createSlotMatcher();
    const a = m.plan('mx', { domain: 'example.net' });
    const b = m.plan('mx', { domain: 'example.org' });
    expect(m.match('mx', { domain: 'example.org' })).toBe(b);
    expect(m.match('mx', { domain: 'example.net' })).toBe(a);
  });
  it('gives a result with changed inputs the first open card of its check', () => {
    const m = createSlotMatcher();
    const planned = m.plan('dkim', { domain: 'example.com', selector: 'a, b' });
    expect(m.match('dkim', { domain: 'example.com', selector: 'a' })).toBe(planned);
  });
  it('makes keys unique for the same check planned twice, and for unplanned results', () => {
    const m = createSlotMatcher();
    const first = m.plan('address', { address: 'x@example.com' });
    const second = m.plan('address', { address: 'x@example.com' });
    expect(second).not.toBe(first);
    expect(m.match('address', { address: 'x@example.com' })).toBe(first);
    expect(m.match('address', { address: 'x@example.com' })).toBe(second);
    const extra = m.match('spf', { domain: 'example.com' });
    expect([first, second]).not.toContain(extra);
  });
});
