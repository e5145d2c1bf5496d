/**
 * The SPF record to publish so that one more sender is allowed: the existing record with the mechanism
 * inserted before its "all" (or redirect=), or a new minimal record when there is none.
 */

/** Longest record we rewrite: a TXT record over this is broken anyway (RFC 7208 advises 450 bytes). */
const MAX_SPF_TEXT = 4096;
/** The terminal "all" mechanism with an optional qualifier. */
export const SPF_ALL_TERM = /^[-~?+]?all$/i;
/** A redirect= modifier. */
export const SPF_REDIRECT_TERM = /^redirect=/i;

/** The mechanism that authorises one IP: ip4:192.0.2.1 or ip6:2001:db8::1. */
export function ipMechanism(ip: string): string {
  return `${ip.includes(':') ? 'ip6' : 'ip4'}:${ip}`;
}

/**
 * The record with `mechanism` added. Returns null when the record already contains exactly that term,
 * or is not an SPF record at all.
 */
export function addToSpf(record: string | null, mechanism: string): string | null {
  if (record === null || record.trim() === '') return `v=spf1 ${mechanism} ~all`;
  if (record.length > MAX_SPF_TEXT) return null;
  const terms = record.trim().split(/\s+/);
  if ((terms[0] ?? '').toLowerCase() !== 'v=spf1') return null;
  const bare = mechanism.replace(/^\+/, '').toLowerCase();
  if (terms.some((t) => t.replace(/^\+/, '').toLowerCase() === bare)) return null;
  let at = terms.findIndex((t) => SPF_ALL_TERM.test(t));
  if (at < 0) at = terms.findIndex((t) => SPF_REDIRECT_TERM.test(t));
  if (at < 0) at = terms.length;
  return [...terms.slice(0, at), mechanism, ...terms.slice(at)].join(' ');
}
