/**
 * Mail addresses in free text. Patterns use bounded quantifiers over disjoint character classes
 * (the local part and the labels are separated by "@" and "."), so matching stays linear.
 */

/** Characters allowed in the local part (RFC 5322 dot-atom text). */
const LOCAL_CHARS = new Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!#$%&'*+/=?^_`{|}~-");
/** Characters allowed in a domain. */
const DOMAIN_CHARS = new Set('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-');
/**
 * The same two sets as tables by character code (ASCII only, as the sets): the scans below test one
 * character per step, and a table read is cheaper than a Set look-up of a one-character string
 * (findAddresses was among the top self-time functions of the reader).
 */
function charTable(chars: ReadonlySet<string>): Uint8Array {
  const table = new Uint8Array(128);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}
const LOCAL_TABLE = charTable(LOCAL_CHARS);
const DOMAIN_TABLE = charTable(DOMAIN_CHARS);
/** True when the character at `i` of `text` is in `table` (a code of 128 or more never is). */
function inTable(table: Uint8Array, text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code < 128 && table[code] === 1;
}
/** Longest local part and domain read around an "@" (RFC 5321 limits): a run of address characters stays bounded. */
const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

/** Local parts that belong to mail systems, never to a failed recipient. */
const SYSTEM_LOCAL_PARTS = new Set([
  'mailer-daemon', 'postmaster', 'root', 'daemon', 'mail-daemon', 'nobody', 'mailerdaemon',
]);

/** True for "local@domain": one "@" with something on each side, and no white space. */
function isWellFormed(address: string): boolean {
  const at = address.indexOf('@');
  return at > 0 && at < address.length - 1 && address.indexOf('@', at + 1) < 0 && !/\s/.test(address);
}

/**
 * Lower-cases the domain, strips a trailing dot and surrounding punctuation. A value with an "@" that
 * is still no single address after that (a DSN's "rfc822;|/usr/bin/prog a@b /home", a type prefix
 * mangled in transit, two fields run together) gives the first address findAddresses reads in it, or
 * '' when it holds none: a recipient is never shown with blanks or two "@" in its address.
 */
export function normalizeAddress(raw: string): string {
  const a = trimAddress(raw);
  if (!a.includes('@') || isWellFormed(a)) return a;
  return findAddresses(a)[0]?.address ?? '';
}

/** The normalizing steps themselves: type prefix, brackets, quotes and trailing punctuation off, domain lower case. */
function trimAddress(raw: string): string {
  let a = raw.trim();
  const semi = a.indexOf(';');
  if (semi >= 0 && /^[A-Za-z0-9-]{1,20}$/.test(a.slice(0, semi).trim())) a = a.slice(semi + 1).trim();
  if (a.startsWith('<')) a = a.slice(1);
  if (a.endsWith('>')) a = a.slice(0, -1);
  a = a.replace(/^["']|["'.,:;]$/g, '');
  const at = a.lastIndexOf('@');
  if (at < 0) return a;
  return `${a.slice(0, at)}@${a.slice(at + 1).toLowerCase().replace(/\.$/, '')}`;
}

/** True for addresses of mail software (MAILER-DAEMON, postmaster...). */
export function isSystemAddress(address: string): boolean {
  const at = address.indexOf('@');
  return SYSTEM_LOCAL_PARTS.has((at < 0 ? address : address.slice(0, at)).toLowerCase());
}

/**
 * Every address in `text` with its offset, in order. Scans for "@" and reads the allowed characters on
 * each side (bounded), so the cost is linear in the text; no regular expression.
 */
export function findAddresses(text: string): { address: string; raw: string; start: number }[] {
  const out: { address: string; raw: string; start: number }[] = [];
  let at = text.indexOf('@');
  let lastEnd = 0;
  while (at >= 0) {
    let s = at;
    while (s > lastEnd && at - s < MAX_LOCAL && inTable(LOCAL_TABLE, text, s - 1)) s--;
    let e = at + 1;
    while (e < text.length && e - at <= MAX_DOMAIN && inTable(DOMAIN_TABLE, text, e)) e++;
    while (s < at && (text[s] === '.' || text[s] === '/' || text[s] === '=')) s++;
    let raw = text.slice(s, e);
    while (raw.endsWith('.') || raw.endsWith('-')) raw = raw.slice(0, -1);
    const domain = raw.slice(raw.indexOf('@') + 1);
    // A domain needs a dot to be a mail domain (skips "user@localhost" style noise).
    if (s < at && domain.includes('.') && !domain.startsWith('.') && !domain.includes('..')) {
      out.push({ address: normalizeAddress(raw), raw, start: s });
      lastEnd = s + raw.length;
    }
    at = text.indexOf('@', Math.max(at + 1, e));
  }
  return out;
}
