import { describe, expect, it } from 'vitest';
import { cardDomId, sortByCheckOrder, statusSummary } from './labels.ts';

describe('check labels', () => {
  it('orders cards by the fixed check order, keeping arrival order within a check', () => {
    const sorted = sortByCheckOrder([{ name: 'dmarc', k: 1 }, { name: 'mx', k: 2 }, { name: 'mx', k: 3 }, { name: 'unknown', k: 4 }]);
    expect(sorted.map((c) => c.k)).toEqual([2, 3, 1, 4]);
  });
  it('summarises statuses worst first', () => {
    expect(statusSummary(['pass', 'fail', 'pass', 'running'])).toBe('1 fail, 2 pass, 1 still checking');
  });
  it('makes distinct, safe DOM ids from card keys', () => {
    const a = cardDomId('mx|domain=example.net');
    const b = cardDomId('mx|domain=example.org');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^check-mx-[a-z0-9]+$/);
  });
});
