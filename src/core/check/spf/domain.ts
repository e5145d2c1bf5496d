/** Domain-name checks for SPF's initial processing (RFC 7208 4.3) and for expanded targets. */

/** RFC 1035 label limit. */
const MAX_LABEL_LENGTH = 63;
/** RFC 1035 name limit in presentation form without the final dot. */
const MAX_NAME_LENGTH = 253;

/**
 * A usable multi-label domain name: no empty label (except a final dot), labels of at most 63
 * characters, at least two labels, not a domain literal. Characters are otherwise not restricted,
 * since macro expansion may legitimately produce any (RFC 7208 7.3 escapes are optional).
 */
export function isValidSpfDomain(domain: string): boolean {
  const name = domain.endsWith('.') ? domain.slice(0, -1) : domain;
  if (name.length === 0 || name.length > MAX_NAME_LENGTH) return false;
  if (name.startsWith('[')) return false;
  const labels = name.split('.');
  if (labels.length < 2) return false;
  return labels.every((label) => label.length > 0 && label.length <= MAX_LABEL_LENGTH);
}

/** Lower case, no final dot. */
export function canonicalDomain(domain: string): string {
  return domain.trim().toLowerCase().replace(/\.$/, '');
}

/** True when `name` is `domain` or one of its subdomains. */
export function isSameOrSubdomain(name: string, domain: string): boolean {
  const n = canonicalDomain(name);
  const d = canonicalDomain(domain);
  return n === d || n.endsWith(`.${d}`);
}
