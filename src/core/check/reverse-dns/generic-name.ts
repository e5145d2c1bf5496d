/**
 * Whether a PTR name looks generic, i.e. assigned automatically by an access provider rather than
 * chosen for a mail server ("192-0-2-1.dsl.example.net", "pool-…", "dynamic-…"). Large receivers treat
 * such names as end-user connections. A heuristic: the reasons are returned so the user can judge.
 */
import { getSubdomain } from 'tldts';
import type { ParsedIp } from './reverse-name.ts';

/** Words access providers put in automatic PTR names (compared with whole tokens split at . - _). */
const GENERIC_WORDS = new Set([
  'dynamic', 'dyn', 'dhcp', 'dsl', 'adsl', 'vdsl', 'xdsl', 'pool', 'dial', 'dialup', 'dialin', 'ppp', 'pppoe',
  'cable', 'broadband', 'cust', 'customer', 'client', 'clients', 'residential', 'ftth', 'unassigned',
]);

export type GenericReason =
  | { kind: 'contains-ip'; form: string }
  | { kind: 'generic-word'; word: string };

/** The forms in which the address's digits appear in automatic names. */
function ipForms(ip: Extract<ParsedIp, { ok: true }>): string[] {
  if (ip.version === 4) {
    const octets = ip.address.split('.');
    const rev = [...octets].reverse();
    const padded = octets.map((o) => o.padStart(3, '0')).join('');
    const hex = octets.map((o) => Number(o).toString(16).padStart(2, '0')).join('');
    return [octets.join('-'), rev.join('-'), octets.join('.'), rev.join('.'), octets.join('_'), padded, hex];
  }
  // IPv6: the last 64 bits as hex groups joined by "-" or without separators are typical.
  const full = ip.reversed.split('.').reverse().join('');
  return [full, full.slice(16)];
}

/** "pool33" → "pool": a loop rather than /[0-9]+$/, which rescans digit runs from every start. */
function withoutTrailingDigits(token: string): string {
  let end = token.length;
  while (end > 0 && token.charCodeAt(end - 1) >= 48 && token.charCodeAt(end - 1) <= 57) end--;
  return token.slice(0, end);
}

export function genericReasons(name: string, ip: ParsedIp): GenericReason[] {
  const lower = name.toLowerCase();
  const reasons: GenericReason[] = [];
  if (ip.ok) {
    const form = ipForms(ip).find((f) => f.length >= 7 && lower.includes(f));
    if (form) reasons.push({ kind: 'contains-ip', form });
  }
  // Only the host part (not the provider's own domain) is where these words mean "automatic".
  const hostPart = getSubdomain(lower) ?? '';
  const word = hostPart === '' ? undefined : hostPart.split(/[._-]/).find((token) => GENERIC_WORDS.has(withoutTrailingDigits(token)));
  if (word !== undefined) reasons.push({ kind: 'generic-word', word });
  return reasons;
}
