import { getDomain } from 'tldts';
import type { AnsweredByComparison, MxExchange } from './types.ts';
import { parseIpLiteral, sameAddress } from './ip-literal.ts';

/** Longer than any host name (253) plus an address literal: more is not a server name. */
const MAX_ANSWERED_BY_LENGTH = 300;

/**
 * Normalises a server name as bounces write it: "dns; mx.example.com", "mx.example.com [192.0.2.1]",
 * "MX.Example.COM.", "[192.0.2.1]". Returns the host name (or IP) alone, or '' when nothing usable remains.
 */
export function normalizeServerName(raw: string): string {
  let s = raw.slice(0, MAX_ANSWERED_BY_LENGTH).trim();
  const semicolon = s.indexOf(';');
  if (semicolon >= 0 && /^[a-z-]{1,20}$/i.test(s.slice(0, semicolon).trim())) s = s.slice(semicolon + 1).trim();
  const first = s.split(/\s+/)[0] ?? '';
  const ip = parseIpLiteral(first);
  if (ip !== null) return ip;
  return first.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();
}

/**
 * Compares the server that answered (from the bounce) with the current mail hosts. A name match or an
 * address match is "current"; the same organizational domain (Public Suffix List) counts as the same
 * provider; anything else suggests the sender used a stale MX.
 * `hosts` are the current MX hosts (or the domain itself for an implicit MX).
 */
export function compareAnsweredBy(raw: string, hosts: MxExchange[] | null): AnsweredByComparison | null {
  const host = normalizeServerName(raw);
  if (host === '') return null;
  const isIp = parseIpLiteral(host) !== null;
  const organizationalDomain = isIp ? null : getDomain(host);
  if (hosts === null || hosts.length === 0) return { host, match: 'unknown', organizationalDomain };

  const byName = hosts.some((h) => h.host === host);
  const byAddress = isIp && hosts.some((h) => h.addresses.some((a) => sameAddress(a, host)));
  if (byName || byAddress) return { host, match: 'current-exchange', organizationalDomain };
  if (isIp) {
    // An IP is only comparable with addresses; when some host's addresses are unknown we cannot say stale.
    const unknown = hosts.some((h) => h.state === 'could-not-check');
    return { host, match: unknown ? 'unknown' : 'not-current', organizationalDomain };
  }
  const sameOrg = organizationalDomain !== null && hosts.some((h) => getDomain(h.host) === organizationalDomain);
  return { host, match: sameOrg ? 'same-organization' : 'not-current', organizationalDomain };
}
