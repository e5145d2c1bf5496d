/**
 * Mail addresses in free text. Patterns use bounded quantifiers over disjoint character classes
 * (the local part and the labels are separated by "@" and "."), so matching stays linear.
 */

/** One address: local part, "@", dot-separated labels. Global; reset lastIndex before use. */
export const ADDRESS_RE = /[A-Za-z0-9!#$%&'*+/=?^_`{|}~-][A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9-]{1,63}){0,10}/g;

/** Local parts that belong to mail systems, never to a failed recipient. */
const SYSTEM_LOCAL_PARTS = new Set([
  'mailer-daemon', 'postmaster', 'root', 'daemon', 'mail-daemon', 'nobody', 'mailerdaemon',
]);

/** Lower-cases the domain, strips a trailing dot and surrounding punctuation. */
export function normalizeAddress(raw: string): string {
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

/** Every address in `text` with its offset, in order. */
export function findAddresses(text: string): { address: string; raw: string; start: number }[] {
  const out: { address: string; raw: string; start: number }[] = [];
  ADDRESS_RE.lastIndex = 0;
  for (let m = ADDRESS_RE.exec(text); m; m = ADDRESS_RE.exec(text)) {
    let raw = m[0];
    while (raw.endsWith('.') || raw.endsWith('-')) raw = raw.slice(0, -1);
    // A domain needs a dot to be a mail domain (skips "user@localhost" style noise and message-ids' tails).
    const domain = raw.slice(raw.indexOf('@') + 1);
    if (!domain.includes('.')) continue;
    if (raw.startsWith('.')) continue;
    out.push({ address: normalizeAddress(raw), raw, start: m.index });
  }
  return out;
}
