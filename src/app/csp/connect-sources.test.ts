import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../store/settings-model.ts';
import { connectSourcesFor, cspSourceOf, isAllowedBy } from './connect-sources.ts';

const PAGE = 'https://bounce.example';
const withCustom = (customResolverUrl: string, resolver: Settings['resolver'] = 'custom'): Settings => ({ ...DEFAULT_SETTINGS, resolver, customResolverUrl });
const BUILT_IN = ["'self'", 'https://cloudflare-dns.com', 'https://dns.google'];

describe('connectSourcesFor', () => {
  it('lists the page origin and the built-in resolvers with the default settings', () => {
    expect(connectSourcesFor(DEFAULT_SETTINGS, PAGE)).toEqual(BUILT_IN);
  });

  it('adds the custom resolver by origin only (no path), with its port', () => {
    expect(connectSourcesFor(withCustom('https://doh.resolver.example:8443/dns-query?x=1'), PAGE))
      .toEqual([...BUILT_IN, 'https://doh.resolver.example:8443']);
  });

  it('keeps a stored custom resolver while another is chosen, so switching back needs no reload', () => {
    expect(connectSourcesFor(withCustom('https://doh.resolver.example/dns-query', 'google'), PAGE))
      .toEqual([...BUILT_IN, 'https://doh.resolver.example']);
  });

  it('adds nothing for a path on the page origin, a built-in resolver again, or an invalid URL', () => {
    expect(connectSourcesFor(withCustom('/dns-query'), PAGE)).toEqual(BUILT_IN);
    expect(connectSourcesFor(withCustom('https://dns.google/resolve'), PAGE)).toEqual(BUILT_IN);
    expect(connectSourcesFor(withCustom('ftp://doh.resolver.example/'), PAGE)).toEqual(BUILT_IN);
    expect(connectSourcesFor(withCustom('http://doh.resolver.example/'), PAGE)).toEqual(BUILT_IN);
  });

  it('allows http on this computer, as Settings does', () => {
    expect(connectSourcesFor(withCustom('http://127.0.0.1:8053/dns-query'), PAGE)).toEqual([...BUILT_IN, 'http://127.0.0.1:8053']);
  });
});

describe('cspSourceOf', () => {
  it('refuses anything that would widen or rewrite the policy', () => {
    expect(cspSourceOf('https://*.example/')).toBeNull();
    expect(cspSourceOf('https://a;b.example/')).toBeNull();
    expect(cspSourceOf('https://[::1]:8443/')).toBeNull();
    expect(cspSourceOf('not a url')).toBeNull();
    expect(cspSourceOf('data:text/plain,x')).toBeNull();
  });

  it('lowercases hosts and drops default ports, as URL parsing does', () => {
    expect(cspSourceOf('HTTPS://DoH.Resolver.Example:443/dns-query')).toBe('https://doh.resolver.example');
  });
});

describe('isAllowedBy', () => {
  const sources = connectSourcesFor(withCustom('https://doh.resolver.example/dns-query'), PAGE);
  it('allows the listed origins and the page origin, nothing else', () => {
    expect(isAllowedBy(sources, 'https://doh.resolver.example/other-path', PAGE)).toBe(true);
    expect(isAllowedBy(sources, 'https://dns.google/dns-query', PAGE)).toBe(true);
    expect(isAllowedBy(sources, `${PAGE}/dns-query`, PAGE)).toBe(true);
    expect(isAllowedBy(sources, 'https://other.resolver.example/dns-query', PAGE)).toBe(false);
    expect(isAllowedBy(sources, 'https://doh.resolver.example:8443/dns-query', PAGE)).toBe(false);
  });
});
