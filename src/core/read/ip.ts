/**
 * IP addresses in text, and whether one is a public address a sending server could have.
 */
import ipaddr from 'ipaddr.js';

/** IPv4 dotted quad, each part 1-3 digits. */
const IPV4_RE = /(?<![0-9.])(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?![0-9]|\.[0-9])/g;
/** IPv6 in brackets or after "IPv6:" (free-standing IPv6 is too ambiguous in prose). */
const IPV6_RE = /(?:\[|IPv6:)([0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})\]?/g;

/** True when `text` is a valid IPv4 or IPv6 address. */
export function isIp(text: string): boolean {
  return ipaddr.isValid(text) && (text.includes(':') || ipaddr.IPv4.isValidFourPartDecimal(text));
}

/**
 * True for an address routable on the public internet: not private, loopback, shared (100.64/10),
 * link-local, multicast, reserved or documentation ranges (ipaddr.js `range()` is 'unicast').
 */
export function isPublicIp(text: string): boolean {
  if (!isIp(text)) return false;
  try {
    const addr = ipaddr.parse(text);
    if (addr.kind() === 'ipv6') {
      const v6 = addr as ipaddr.IPv6;
      if (v6.isIPv4MappedAddress()) return v6.toIPv4Address().range() === 'unicast';
    }
    return addr.range() === 'unicast';
  } catch {
    return false;
  }
}

/** Every IP address in `text` with its offset, in order, without duplicates. */
export function findIps(text: string): { ip: string; start: number }[] {
  const out: { ip: string; start: number }[] = [];
  const seen = new Set<string>();
  IPV4_RE.lastIndex = 0;
  for (let m = IPV4_RE.exec(text); m; m = IPV4_RE.exec(text)) {
    if (!seen.has(m[0]) && ipaddr.IPv4.isValidFourPartDecimal(m[0])) {
      seen.add(m[0]);
      out.push({ ip: m[0], start: m.index });
    }
  }
  IPV6_RE.lastIndex = 0;
  for (let m = IPV6_RE.exec(text); m; m = IPV6_RE.exec(text)) {
    const ip = m[1]!;
    if (!seen.has(ip) && ipaddr.IPv6.isValid(ip)) {
      seen.add(ip);
      out.push({ ip, start: m.index + m[0].indexOf(ip) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
