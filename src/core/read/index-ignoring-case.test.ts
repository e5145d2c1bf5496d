import { describe, expect, it } from 'vitest';
import { indexIgnoringCase } from './index-ignoring-case.ts';

describe('indexIgnoringCase', () => {
  it('finds a needle in any case, at its offset in the text as given', () => {
    expect(indexIgnoringCase('İİ To: Ana@Example.COM', 'ana@example.com')).toBe(7);
    expect(indexIgnoringCase('a+b@example.com (a.b)', 'A+B@EXAMPLE.COM')).toBe(0);
    expect(indexIgnoringCase('axb@example.com', 'a.b@example.com')).toBe(-1);
    expect(indexIgnoringCase('nothing here', 'ana@example.com')).toBe(-1);
  });
});
