/** Plain words for each domain syntax problem (used by the address, MX and blocklist checks). */
import { MAX_DOMAIN_LENGTH, MAX_LABEL_LENGTH, type DomainProblem } from './domain-syntax.ts';

/** Shows a character so that spaces and control characters are visible, e.g. "space", "U+0009". */
export function showCharacter(c: string): string {
  if (c === ' ') return 'a space';
  const code = c.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f) return `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `"${c}"`;
}

export function describeDomainProblem(p: DomainProblem): string {
  switch (p.code) {
    case 'empty': return 'the domain is empty';
    case 'too-long': return `the domain is ${p.length} characters long; at most ${MAX_DOMAIN_LENGTH} are allowed`;
    case 'trailing-dot': return 'the domain ends with a dot, which is not allowed in an email address';
    case 'empty-label':
      return p.position === 'start' ? 'the domain starts with a dot'
        : p.position === 'end' ? 'the domain ends with a dot'
        : 'the domain has two dots in a row';
    case 'label-too-long': return `the part "${p.label.slice(0, 20)}…" is ${p.length} characters long; each part between dots may have at most ${MAX_LABEL_LENGTH}`;
    case 'bad-character': return `${showCharacter(p.character)} is not allowed in a domain name (only letters, digits, hyphens and dots)`;
    case 'hyphen-edge': return `the part "${p.label}" starts or ends with a hyphen, which is not allowed`;
    case 'numeric-tld': return `the last part "${p.label}" is all digits; no top-level domain is`;
    case 'not-idn': return 'the domain contains characters that are not allowed in an internationalised domain name';
  }
}
