import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './safe-url.ts';

describe('safeHttpUrl', () => {
  it('keeps http and https links', () => {
    expect(safeHttpUrl('https://check.spamhaus.org/query/ip/203.0.113.45')).toBe('https://check.spamhaus.org/query/ip/203.0.113.45');
    expect(safeHttpUrl('http://example.com')).toBe('http://example.com/');
  });
  it('drops script, data and malformed links', () => {
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });
});
