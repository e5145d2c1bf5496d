/**
 * Identifier alignment (RFC 9989 section 4.4): strict = the same domain, relaxed = the same organizational
 * domain. Organizational domains come from the Public Suffix List (tldts), as current validators do for
 * comparisons; a name the list cannot place (a bare label, an IP) is its own organizational domain.
 */
import { getDomain } from 'tldts';
import type { AlignmentMode, DmarcAlignmentEntry } from './types.ts';

/** Lower case, no trailing dot, internationalized names in their ASCII (punycode) form as DNS carries them. */
export function normalizeDomain(domain: string): string {
  const d = domain.trim().toLowerCase().replace(/\.$/, '');
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(d) || /[\s/@:?#\\%]/.test(d)) return d;
  try {
    return new URL(`http://${d}/`).hostname.replace(/\.$/, '');
  } catch {
    return d;
  }
}

export function organizationalDomain(domain: string): string {
  const d = normalizeDomain(domain);
  return getDomain(d) ?? d;
}

/** One Authentication-Results verdict: method, result and the domain it is about. */
interface AuthVerdict {
  method: 'dkim' | 'spf';
  pass: boolean;
  domain: string;
}

/** "dkim=pass" / "spf=fail" at the start of a clause. */
export const AUTH_METHOD_SHAPE = /^\s{0,64}(dkim|spf)\s{0,8}=\s{0,8}([a-z]{1,16})\b/i;
/** The DKIM domain of a clause. */
export const HEADER_D_SHAPE = /\bheader\.d\s{0,8}=\s{0,8}([a-z0-9.-]{1,253})/i;
/** The envelope sender's domain of an SPF clause (the local part is optional). */
export const MAILFROM_SHAPE = /\bsmtp\.mailfrom\s{0,8}=\s{0,8}(?:[^\s@;]{0,64}@)?([a-z0-9.-]{1,253})/i;

/** Header values are short; a longer one is not worth scanning. */
const MAX_AUTH_RESULTS_CHARS = 8_192;

/** Reads "dkim=pass header.d=x" and "spf=fail smtp.mailfrom=a@x" clauses; ignores everything else. */
export function readAuthResults(values: string[]): AuthVerdict[] {
  const out: AuthVerdict[] = [];
  for (const value of values) {
    for (const clause of value.slice(0, MAX_AUTH_RESULTS_CHARS).split(';')) {
      const m = AUTH_METHOD_SHAPE.exec(clause);
      if (!m) continue;
      const method = m[1]!.toLowerCase() as 'dkim' | 'spf';
      const prop = method === 'dkim'
        ? HEADER_D_SHAPE.exec(clause)
        : MAILFROM_SHAPE.exec(clause);
      if (!prop) continue;
      out.push({ method, pass: m[2]!.toLowerCase() === 'pass', domain: normalizeDomain(prop[1]!) });
    }
  }
  return out;
}

export function alignmentOf(
  method: 'dkim' | 'spf',
  domain: string,
  fromDomain: string,
  mode: AlignmentMode,
  verdicts: AuthVerdict[],
): DmarcAlignmentEntry {
  const d = normalizeDomain(domain);
  const from = normalizeDomain(fromDomain);
  const strict = d === from;
  const relaxed = strict || organizationalDomain(d) === organizationalDomain(from);
  const said = verdicts.filter((v) => v.method === method && v.domain === d);
  const authenticated = said.length === 0 ? null : said.some((v) => v.pass);
  return { method, domain: d, relaxed, strict, aligned: mode === 's' ? strict : relaxed, authenticated };
}
