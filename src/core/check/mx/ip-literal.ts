import ipaddr from 'ipaddr.js';

/**
 * The IP address an MX exchange or server name spells, or null when it is a host name.
 * Accepts "192.0.2.1", "[192.0.2.1]", "2001:db8::1", "[IPv6:2001:db8::1]" (RFC 5321 address literals).
 * IPv4 must be four decimal parts: "1.2.3" or "0x7f.1" are host-name-like and not treated as addresses.
 */
export function parseIpLiteral(text: string): string | null {
  let s = text.trim().toLowerCase().replace(/\.$/, '');
  if (s.startsWith('[') && s.endsWith(']')) s = s.slice(1, -1);
  if (s.startsWith('ipv6:')) s = s.slice(5);
  if (ipaddr.IPv4.isValidFourPartDecimal(s)) return ipaddr.IPv4.parse(s).toString();
  if (s.includes(':') && ipaddr.IPv6.isValid(s)) return ipaddr.IPv6.parse(s).toString();
  return null;
}

/** Address ranges a server on the internet can never be reached at. */
const UNREACHABLE_RANGES = new Set(['loopback', 'private', 'linkLocal', 'unspecified', 'uniqueLocal', 'carrierGradeNat']);

/** True when the address can never be reached from the internet (loopback, private, link-local, ...). */
export function isUnreachableAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  return UNREACHABLE_RANGES.has(parsed.range());
}

/** Two textual addresses denote the same IP (IPv4-mapped IPv6 equals its IPv4). */
export function sameAddress(a: string, b: string): boolean {
  if (!ipaddr.isValid(a) || !ipaddr.isValid(b)) return false;
  return ipaddr.process(a).toNormalizedString() === ipaddr.process(b).toNormalizedString()
    && ipaddr.process(a).kind() === ipaddr.process(b).kind();
}
