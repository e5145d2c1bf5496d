/**
 * Syntax of the local part of an address (RFC 5321 4.1.2, RFC 5322 3.4.1, RFC 6531 for UTF-8):
 * a dot-atom (atext runs separated by single dots) or a quoted string. One linear scan, no regex.
 */
import type { LocalPartForm, LocalPartProblem } from './types.ts';

/** RFC 5321 4.5.3.1.1: the local part is at most 64 octets. */
export const MAX_LOCAL_PART_OCTETS = 64;

/** RFC 5322 3.2.3 atext specials, besides letters and digits. */
const ATEXT_SPECIALS = "!#$%&'*+-/=?^_`{|}~";

function isAtext(c: string): boolean {
  const code = c.codePointAt(0) ?? 0;
  if (code > 0x7f) return true; // RFC 6531 UTF8-non-ascii; flagged separately as needing SMTPUTF8.
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ATEXT_SPECIALS.includes(c);
}

export interface LocalPartSyntax {
  form: LocalPartForm;
  needsSmtpUtf8: boolean;
  problems: LocalPartProblem[];
}

const octetsOf = (s: string): number => new TextEncoder().encode(s).length;

function scanQuoted(chars: string[]): LocalPartProblem[] {
  const problems: LocalPartProblem[] = [];
  for (let i = 1; i < chars.length; i++) {
    const c = chars[i] ?? '';
    const code = c.codePointAt(0) ?? 0;
    if (c === '\\') {
      const next = (chars[i + 1] ?? '').codePointAt(0) ?? -1;
      // RFC 5321 quoted-pairSMTP: a backslash followed by a printable character or space.
      if (next < 0x20 || next > 0x7e) return [...problems, { code: 'bad-quoted-pair', position: i + 1 }];
      i++;
      continue;
    }
    if (c === '"') {
      if (i !== chars.length - 1) problems.push({ code: 'text-after-quote', position: i + 2 });
      return problems;
    }
    if (code < 0x20 || code === 0x7f) return [...problems, { code: 'bad-character', character: c, position: i + 1 }];
  }
  return [...problems, { code: 'unclosed-quote' }];
}

function scanDotAtom(chars: string[]): LocalPartProblem[] {
  const problems: LocalPartProblem[] = [];
  if (chars[0] === '.') problems.push({ code: 'leading-dot' });
  if (chars.length > 1 && chars[chars.length - 1] === '.') problems.push({ code: 'trailing-dot' });
  let reportedCharacter = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] ?? '';
    if (c === '.') {
      if (i > 0 && chars[i - 1] === '.') problems.push({ code: 'double-dot', position: i + 1 });
      continue;
    }
    if (!isAtext(c) && !reportedCharacter) {
      // Only the first bad character: the rest are usually the same mistake (e.g. a pasted display name).
      reportedCharacter = true;
      problems.push(c === '@' ? { code: 'extra-at', position: i + 1 } : { code: 'bad-character', character: c, position: i + 1 });
    }
  }
  return problems;
}

export function checkLocalPartSyntax(local: string): LocalPartSyntax {
  const chars = Array.from(local);
  const form: LocalPartForm = chars.length > 1 && chars[0] === '"' ? 'quoted-string' : 'dot-atom';
  const needsSmtpUtf8 = chars.some((c) => (c.codePointAt(0) ?? 0) > 0x7f);
  if (chars.length === 0) return { form, needsSmtpUtf8, problems: [{ code: 'empty' }] };
  const problems = form === 'quoted-string' ? scanQuoted(chars) : scanDotAtom(chars);
  const octets = octetsOf(local);
  if (octets > MAX_LOCAL_PART_OCTETS) problems.unshift({ code: 'too-long', octets });
  return { form, needsSmtpUtf8, problems };
}
