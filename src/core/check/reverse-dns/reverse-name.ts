/**
 * The reverse-DNS form of an IP address: "1.2.0.192" for 192.0.2.1 (RFC 1035 3.5) and the 32 reversed
 * nibbles for IPv6 (RFC 3596 2.5). Shared by the PTR lookup (+ in-addr.arpa / ip6.arpa) and the
 * blocklists (+ the list's zone). An IPv4-mapped IPv6 address is treated as the IPv4 it carries.
 */
import ipaddr from 'ipaddr.js';

export type ParsedIp =
  | {
    ok: true;
    /** 4 or 6. */
    version: 4 | 6;
    /** Canonical text: dotted quad, or RFC 5952 compressed IPv6. */
    address: string;
    /** The reversed labels without a suffix, e.g. "1.2.0.192" or "1.0.0.0.…8.b.d.0.1.0.0.2". */
    reversed: string;
    /** The PTR owner name, e.g. "1.2.0.192.in-addr.arpa". */
    ptrName: string;
    /** ipaddr.js range name ("unicast", "private", "loopback", "reserved", ...). */
    range: string;
  }
  | { ok: false; input: string };

/** Longer than any textual IPv6 address with a zone; more is not an address. */
const MAX_IP_TEXT = 64;

export function parseIp(input: string): ParsedIp {
  const text = typeof input === 'string' ? input.trim().replace(/^\[|\]$/g, '') : '';
  if (text.length === 0 || text.length > MAX_IP_TEXT) return { ok: false, input: String(input) };
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) {
    const v4 = ipaddr.IPv4.parse(text);
    const reversed = [...v4.octets].reverse().join('.');
    return { ok: true, version: 4, address: v4.toString(), reversed, ptrName: `${reversed}.in-addr.arpa`, range: v4.range() };
  }
  if (!text.includes(':') || !ipaddr.IPv6.isValid(text)) return { ok: false, input: text };
  const v6 = ipaddr.IPv6.parse(text);
  if (v6.isIPv4MappedAddress()) return parseIp(v6.toIPv4Address().toString());
  const nibbles = v6.toByteArray().flatMap((byte) => [(byte >> 4).toString(16), (byte & 15).toString(16)]);
  const reversed = nibbles.reverse().join('.');
  return { ok: true, version: 6, address: v6.toString(), reversed, ptrName: `${reversed}.ip6.arpa`, range: v6.range() };
}
