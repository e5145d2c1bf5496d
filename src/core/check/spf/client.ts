/** The client address and the names SPF derives from it (reverse name, %{i}, %{c}, %{v}). */
import ipaddr from 'ipaddr.js';

export type ClientAddress = ipaddr.IPv4 | ipaddr.IPv6;

/** Parses the client IP; an IPv4-mapped IPv6 address counts as IPv4 (RFC 7208 section 5). Null if invalid. */
export function parseClientIp(ip: string): ClientAddress | null {
  const text = ip.trim();
  if (!ipaddr.isValid(text) || text.includes('%')) return null;
  if (ipaddr.IPv4.isValid(text) && !ipaddr.IPv4.isValidFourPartDecimal(text)) return null;
  const address = ipaddr.parse(text);
  if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()) {
    return (address as ipaddr.IPv6).toIPv4Address();
  }
  return address;
}

/** The 32 nibbles of an IPv6 address, most significant first, lower case. */
function nibbles(address: ipaddr.IPv6): string[] {
  return address.toByteArray().flatMap((byte) => [(byte >> 4).toString(16), (byte & 15).toString(16)]);
}

/**
 * %{i}: dotted quad, or dot-separated nibbles for IPv6 (RFC 7208 7.3). The nibbles are upper case, as the
 * openspf suite's reference implementation expands them (case "v-macro-ip6"); DNS names ignore case, so
 * this only shows in explanation text.
 */
export function macroIp(address: ClientAddress): string {
  return address.kind() === 'ipv4' ? address.toString() : nibbles(address as ipaddr.IPv6).join('.').toUpperCase();
}

/** %{c}: the address in its usual text form (RFC 5952 for IPv6). */
export function readableIp(address: ClientAddress): string {
  return address.toString();
}

/** %{v}: "in-addr" or "ip6". */
export function macroVersion(address: ClientAddress): string {
  return address.kind() === 'ipv4' ? 'in-addr' : 'ip6';
}

/** The PTR name: 4.3.2.1.in-addr.arpa or the reversed nibbles under ip6.arpa. */
export function reverseName(address: ClientAddress): string {
  if (address.kind() === 'ipv4') return `${address.toByteArray().reverse().join('.')}.in-addr.arpa`;
  return `${nibbles(address as ipaddr.IPv6).reverse().join('.')}.ip6.arpa`;
}

/** True when `address` (a record's A/AAAA) is the client within `cidr` bits. */
export function inNetwork(client: ClientAddress, address: string, cidr: number): boolean {
  if (!ipaddr.isValid(address)) return false;
  let other = ipaddr.parse(address);
  if (other.kind() === 'ipv6' && (other as ipaddr.IPv6).isIPv4MappedAddress()) other = (other as ipaddr.IPv6).toIPv4Address();
  if (other.kind() !== client.kind()) return false;
  return client.match(other, cidr);
}
