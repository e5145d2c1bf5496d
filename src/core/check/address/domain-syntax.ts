/**
 * Syntax of a domain name as used in mail (RFC 5321 4.1.2 "Domain", RFC 1035 2.3.1 host names): letters,
 * digits and hyphens in labels of 1–63 octets, at most 253 characters in text form. Internationalised
 * names are checked in their ASCII (A-label) form. Pure and total: never throws, whatever the input.
 */

/** RFC 1035 3.1: 255 octets on the wire, which is 253 characters in dotted text without the final dot. */
export const MAX_DOMAIN_LENGTH = 253;
/** RFC 1035 2.3.4: a label is at most 63 octets. */
export const MAX_LABEL_LENGTH = 63;

export type DomainProblem =
  | { code: 'empty' }
  | { code: 'too-long'; length: number }
  | { code: 'trailing-dot' }
  | { code: 'empty-label'; position: 'start' | 'end' | 'middle' }
  | { code: 'label-too-long'; label: string; length: number }
  | { code: 'bad-character'; label: string; character: string }
  | { code: 'hyphen-edge'; label: string }
  | { code: 'numeric-tld'; label: string }
  | { code: 'not-idn'; detail: string };

export interface DomainSyntax {
  /** The name in ASCII form (punycode for internationalised labels), lower case; '' when unusable. */
  ascii: string;
  /** True when the input had labels outside ASCII (an internationalised domain name). */
  international: boolean;
  /** True when the name has a single label (e.g. "localhost"): valid syntax, but not an internet domain. */
  singleLabel: boolean;
  /** Every problem found, in order; empty when the name is valid. */
  problems: DomainProblem[];
}

/** Letters, digits, hyphen: the only characters of a host name label (RFC 952, RFC 1123 2.1). */
function isLdh(char: string): boolean {
  return (char >= 'a' && char <= 'z') || (char >= '0' && char <= '9') || char === '-';
}

/** Converts non-ASCII labels to A-labels with the platform's IDNA (URL parser); null when it refuses. */
function toAscii(name: string): string | null {
  try {
    return new URL(`http://${name}/`).hostname;
  } catch {
    return null;
  }
}

function hasNonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7e) return true;
  return false;
}

export function checkDomainSyntax(input: string): DomainSyntax {
  const problems: DomainProblem[] = [];
  const lowered = input.toLowerCase();
  const international = hasNonAscii(lowered);
  if (lowered.length === 0) return { ascii: '', international, singleLabel: false, problems: [{ code: 'empty' }] };

  let name = lowered;
  if (name.endsWith('.') && name.length > 1) {
    problems.push({ code: 'trailing-dot' });
    name = name.slice(0, -1);
  }
  if (international) {
    // Characters the URL parser treats as delimiters would make it read another host name ("a/b" → "a"):
    // report the first ASCII character that is not allowed before asking it anything.
    for (const character of name) {
      if (character.charCodeAt(0) <= 0x7e && character !== '.' && !isLdh(character)) {
        problems.push({ code: 'bad-character', label: name, character });
        return { ascii: '', international, singleLabel: false, problems };
      }
    }
    // The URL parser also maps full-width dots and rejects forbidden code points; a name it refuses is
    // reported as one problem instead of guessing which character is at fault.
    const converted = name.length <= MAX_DOMAIN_LENGTH * 4 ? toAscii(name) : null;
    if (converted === null || hasNonAscii(converted)) {
      problems.push({ code: 'not-idn', detail: name });
      return { ascii: '', international, singleLabel: false, problems };
    }
    name = converted;
  }
  if (name.length > MAX_DOMAIN_LENGTH) problems.push({ code: 'too-long', length: name.length });

  const labels = name.split('.');
  labels.forEach((label, index) => {
    if (label.length === 0) {
      const position = index === 0 ? 'start' : index === labels.length - 1 ? 'end' : 'middle';
      problems.push({ code: 'empty-label', position });
      return;
    }
    if (label.length > MAX_LABEL_LENGTH) problems.push({ code: 'label-too-long', label, length: label.length });
    for (const character of label) {
      if (!isLdh(character)) {
        problems.push({ code: 'bad-character', label, character });
        break;
      }
    }
    if (label.startsWith('-') || label.endsWith('-')) problems.push({ code: 'hyphen-edge', label });
  });
  const tld = labels[labels.length - 1] ?? '';
  if (labels.length > 1 && tld.length > 0 && /^[0-9]+$/.test(tld)) problems.push({ code: 'numeric-tld', label: tld });

  return { ascii: name, international, singleLabel: labels.length === 1, problems };
}
