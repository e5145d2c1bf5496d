import { describe, expect, it } from 'vitest';
import {
  BLOCKLIST_CHOICES, DEFAULT_SETTINGS, checkDqsKey, checkResolverUrl, normalizeSettings, resolverUrlOf, withBlocklist,
} from './settings-model.ts';

const ORIGIN = 'https://bounce.example';

describe('checkResolverUrl', () => {
  it('accepts https, loopback http and same-origin paths', () => {
    expect(checkResolverUrl(' https://dns.example.com/dns-query ', ORIGIN)).toEqual({ ok: true, url: 'https://dns.example.com/dns-query' });
    expect(checkResolverUrl('http://127.0.0.1:8053/dns-query', ORIGIN)).toEqual({ ok: true, url: 'http://127.0.0.1:8053/dns-query' });
    expect(checkResolverUrl('/dns-query', ORIGIN)).toEqual({ ok: true, url: 'https://bounce.example/dns-query' });
  });
  it('refuses plain http elsewhere, other schemes, credentials, garbage and empty input', () => {
    expect(checkResolverUrl('http://dns.example.com/dns-query', ORIGIN).ok).toBe(false);
    expect(checkResolverUrl('javascript:alert(1)', ORIGIN).ok).toBe(false);
    expect(checkResolverUrl('https://user:pw@dns.example.com/', ORIGIN).ok).toBe(false);
    expect(checkResolverUrl('//evil.example/dns-query', ORIGIN).ok).toBe(false);
    expect(checkResolverUrl('not a url', ORIGIN).ok).toBe(false);
    expect(checkResolverUrl('   ', ORIGIN).ok).toBe(false);
  });
});

describe('resolverUrlOf', () => {
  it('gives the preset URLs and validates the custom one', () => {
    expect(resolverUrlOf({ ...DEFAULT_SETTINGS, resolver: 'google' }, ORIGIN)).toEqual({ ok: true, url: 'https://dns.google/dns-query' });
    expect(resolverUrlOf(DEFAULT_SETTINGS, ORIGIN)).toEqual({ ok: true, url: 'https://cloudflare-dns.com/dns-query' });
    expect(resolverUrlOf({ ...DEFAULT_SETTINGS, resolver: 'custom', customResolverUrl: 'ftp://x' }, ORIGIN).ok).toBe(false);
  });
});

describe('checkDqsKey', () => {
  it('accepts empty or alphanumeric keys only', () => {
    expect(checkDqsKey('').ok).toBe(true);
    expect(checkDqsKey('abcdefghij0123456789klmnop').ok).toBe(true);
    expect(checkDqsKey('abc.def').ok).toBe(false);
    expect(checkDqsKey('a'.repeat(65)).ok).toBe(false);
  });
});

describe('normalizeSettings', () => {
  it('turns junk into the defaults', () => {
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('x')).toEqual(DEFAULT_SETTINGS);
  });
  it('keeps valid fields, drops unknown blocklists and bad keys, keeps the ranked order', () => {
    const zones = BLOCKLIST_CHOICES.map((c) => c.zone);
    const out = normalizeSettings({ resolver: 'google', customResolverUrl: 5, blocklists: [zones[2], 'evil.example', zones[0]], dqsKey: 'bad key!', extra: 1 });
    expect(out).toEqual({ resolver: 'google', customResolverUrl: '', blocklists: [zones[0], zones[2]], dqsKey: '' });
  });
});

describe('default blocklists', () => {
  it('leave out the lists public resolvers never get an answer from, and say why in Settings', () => {
    expect(DEFAULT_SETTINGS.blocklists).not.toContain('b.barracudacentral.org');
    expect(DEFAULT_SETTINGS.blocklists).not.toContain('multi.uribl.com');
    for (const zone of ['zen.spamhaus.org', 'dbl.spamhaus.org', 'bl.spamcop.net', 'bl.mailspike.net', 'psbl.surriel.com', 'dnsbl-1.uceprotect.net']) {
      expect(DEFAULT_SETTINGS.blocklists).toContain(zone);
    }
    for (const choice of BLOCKLIST_CHOICES) {
      expect(DEFAULT_SETTINGS.blocklists.includes(choice.zone)).toBe(!choice.offByDefault);
      if (choice.offByDefault) expect(choice.offByDefault).toMatch(/^Off by default: .*Could not check/);
    }
    // Still selectable.
    expect(withBlocklist(DEFAULT_SETTINGS, 'multi.uribl.com', true).blocklists).toContain('multi.uribl.com');
  });

  it('do not override what stored settings chose, off-by-default lists included', () => {
    const stored = normalizeSettings({ blocklists: ['zen.spamhaus.org', 'b.barracudacentral.org', 'multi.uribl.com'] });
    expect(stored.blocklists).toEqual(['zen.spamhaus.org', 'b.barracudacentral.org', 'multi.uribl.com']);
    expect(normalizeSettings({ blocklists: [] }).blocklists).toEqual([]);
  });
});

describe('withBlocklist', () => {
  it('switches one list on and off', () => {
    const zone = BLOCKLIST_CHOICES[1]!.zone;
    const off = withBlocklist(DEFAULT_SETTINGS, zone, false);
    expect(off.blocklists).not.toContain(zone);
    expect(withBlocklist(off, zone, true).blocklists).toEqual(DEFAULT_SETTINGS.blocklists);
  });
});
