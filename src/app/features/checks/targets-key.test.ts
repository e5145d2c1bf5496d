import { describe, expect, it } from 'vitest';
import { targetsKey } from './targets-key.ts';

describe('targetsKey', () => {
  it('is the same for equal values in different objects and key orders', () => {
    const a = targetsKey({ senderDomain: 'example.com', ip: '192.0.2.10' });
    const b = targetsKey({ ip: '192.0.2.10', senderDomain: 'example.com', selector: undefined });
    expect(a).toBe(b);
  });

  it('changes when any value changes', () => {
    const base = { senderDomain: 'example.com', recipientDomain: 'example.net', ip: '192.0.2.10', selector: 's1' };
    const keys = new Set([
      targetsKey(base),
      targetsKey({ ...base, senderDomain: 'example.org' }),
      targetsKey({ ...base, recipientDomain: 'example.org' }),
      targetsKey({ ...base, ip: '192.0.2.11' }),
      targetsKey({ ...base, selector: 's2' }),
    ]);
    expect(keys.size).toBe(5);
  });

  it('does not confuse a value moving between fields', () => {
    expect(targetsKey({ senderDomain: 'example.com' })).not.toBe(targetsKey({ recipientDomain: 'example.com' }));
  });

  it('is null while there are no targets yet, and distinct from empty targets', () => {
    expect(targetsKey(null)).toBeNull();
    expect(targetsKey({})).not.toBeNull();
  });
});
