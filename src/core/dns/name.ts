/**
 * Domain names as the DNS layer handles them: one normal form (for cache keys, for matching answers to
 * questions) and the limits a name must meet to be put in a question at all.
 */

/** Lower case, no surrounding space, no final dot: how names are compared and shown. */
export function normalizeName(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, '');
}

/** Long enough for any sane CNAME chain (RFC 1034 sets no limit; resolvers stop around 8–16), stops loops. */
export const MAX_CNAME_HOPS = 8;

/** RFC 1035 2.3.4: 63 bytes a label, 255 bytes a name on the wire, which is 253 characters in dotted text. */
const MAX_LABEL_BYTES = 63;
const MAX_NAME_LENGTH = 253;

const encoder = new TextEncoder();

/** Why `name` (normalized) cannot be put in a DNS question, or null when it can. */
export function nameProblem(name: string): string | null {
  if (name === '') return 'empty name';
  if (name.length > MAX_NAME_LENGTH) return `longer than ${MAX_NAME_LENGTH} characters`;
  for (const label of name.split('.')) {
    if (label === '') return 'empty label';
    if (encoder.encode(label).length > MAX_LABEL_BYTES) return `a label is longer than ${MAX_LABEL_BYTES} bytes`;
  }
  return null;
}
