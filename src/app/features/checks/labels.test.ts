import { describe, expect, it } from 'vitest';
import { cardDomId, statusSummary } from './labels.ts';

describe('check labels', () => {
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
