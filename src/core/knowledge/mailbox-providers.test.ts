import { describe, expect, it } from 'vitest';
import { editDistance, MAILBOX_PROVIDER_DOMAINS, suggestDomain } from './mailbox-providers.ts';

describe('suggestDomain', () => {
  it('suggests the provider for common typos', () => {
    expect(suggestDomain('gmial.com')).toBe('gmail.com');
    expect(suggestDomain('gmail.co')).toBe('gmail.com');
    expect(suggestDomain('gamil.com')).toBe('gmail.com');
    expect(suggestDomain('hotmial.com')).toBe('hotmail.com');
    expect(suggestDomain('yaho.com')).toBe('yahoo.com');
    expect(suggestDomain('outlok.com')).toBe('outlook.com');
    expect(suggestDomain('iclod.com')).toBe('icloud.com');
    expect(suggestDomain('GMAIL.CMO')).toBe('gmail.com');
    expect(suggestDomain('web.dee')).toBe('web.de');
  });
  it('never suggests for an exact match or a distant domain', () => {
    for (const d of ['gmail.com', 'hotmail.com', 'web.de', 'proton.me', 'Gmail.com.']) expect(suggestDomain(d), d).toBeNull();
    for (const d of ['example.com', 'example.org', 'mail.example.net', '', 'a', 'x'.repeat(300)]) expect(suggestDomain(d), d).toBeNull();
    // Real domains that sit close to a provider: a different first letter, or too short for two edits.
    for (const d of ['mozmail.com', 'gol.com', 'au.com', 'qq.example.com', 'zoho.example.com']) expect(suggestDomain(d), d).toBeNull();
    expect(suggestDomain(undefined as unknown as string)).toBeNull();
  });
  it('has no duplicate domains', () => {
    expect(new Set(MAILBOX_PROVIDER_DOMAINS).size).toBe(MAILBOX_PROVIDER_DOMAINS.length);
  });
});

describe('editDistance', () => {
  it('counts edits including neighbour swaps, capped at the limit', () => {
    expect(editDistance('gmial.com', 'gmail.com', 2)).toBe(1);
    expect(editDistance('abc', 'abc', 2)).toBe(0);
    expect(editDistance('abc', 'xyz', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});
