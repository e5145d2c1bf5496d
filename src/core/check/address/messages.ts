/** The words of the address check, kept apart from its logic. */
import { showCharacter } from './domain-messages.ts';
import { MAX_LOCAL_PART_OCTETS } from './local-part-syntax.ts';
import type { LocalPartProblem } from './types.ts';

export function describeLocalProblem(p: LocalPartProblem): string {
  switch (p.code) {
    case 'empty': return 'there is nothing before the @';
    case 'too-long': return `the part before the @ is ${p.octets} bytes long; at most ${MAX_LOCAL_PART_OCTETS} are allowed`;
    case 'bad-character': return `${showCharacter(p.character)} (character ${p.position} of the part before the @) is not allowed there unless the whole part is in double quotes`;
    case 'extra-at': return `there is more than one @ (another one at character ${p.position})`;
    case 'leading-dot': return 'the part before the @ starts with a dot';
    case 'trailing-dot': return 'the part before the @ ends with a dot';
    case 'double-dot': return `the part before the @ has two dots in a row (at character ${p.position})`;
    case 'unclosed-quote': return 'the part before the @ opens a double quote that is never closed';
    case 'text-after-quote': return `there is text after the closing double quote (at character ${p.position}) before the @`;
    case 'bad-quoted-pair': return `a backslash inside the quotes is followed by a character that cannot be escaped (character ${p.position})`;
  }
}

export const ADDRESS_TEXT = {
  emptySummary: 'No address to check',
  noAt: (address: string) => `"${address}" has no @, so it is not an email address.`,
  localDelivery: (target: string) => `"${target}" is a ${target.startsWith('|') ? 'program' : 'file'} that the receiving server delivers to (from an alias or a .forward file), not an email address: the failure happened inside that server.`,
  localDeliveryFix: 'The recipient\'s mail admin must check that alias or forwarding rule; nothing is wrong with the address you wrote.',
  localDeliverySummary: 'Not an address: a local delivery to a program or file',
  noAtFix: 'An address has the form name@domain, e.g. jane@example.com.',
  tooLongInput: (length: number, max: number) => `The text is ${length} characters long; no email address is longer than ${max}.`,
  tooLongTotal: (octets: number, max: number) => `The address is ${octets} bytes long; at most ${max} are allowed (RFC 5321).`,
  localProblem: (why: string) => `Invalid address: ${why}.`,
  localFix: 'Copy the address again from a reliable source (a signature, a business card, the person themself); a common cause is a pasted name or a comma.',
  domainProblem: (why: string) => `Invalid domain: ${why}.`,
  domainFix: 'Check the part after the @ for typing mistakes.',
  quoted: 'The part before the @ is in double quotes: valid, but many mail systems and web forms reject such addresses.',
  quotedFix: 'If delivery fails, ask the recipient for an address without quotes.',
  utf8: 'The part before the @ contains non-ASCII characters: only servers that support internationalised email (SMTPUTF8, RFC 6531) accept it, and every server on the way must.',
  utf8Fix: 'If the bounce says the server does not support SMTPUTF8, ask the recipient for an ASCII-only address.',
  idn: (ascii: string) => `The domain is internationalised; in DNS it is ${ascii}.`,
  singleLabel: (domain: string) => `The domain "${domain}" has no dot: it is not a domain on the internet (only a local network name).`,
  singleLabelFix: 'Add the rest of the domain, e.g. example.com instead of example.',
  literal: (ip: string) => `The address names a server by its IP address ([${ip}]) instead of a domain; most providers refuse mail sent to such addresses.`,
  literalFix: 'Use the recipient\'s address with a domain name instead.',
  badLiteral: (text: string) => `"[${text}]" is not a valid IP address literal (expected [192.0.2.1] or [IPv6:2001:db8::1]).`,
  suggestion: (address: string, suggestion: string) => `The domain is one letter or two away from a common mailbox provider's: did you mean ${suggestion} instead of ${address}? (Ignore this if the domain is right.)`,
  sourceRoute: (route: string) => `The address starts with an obsolete source route (${route}:), which mail servers ignore (RFC 5321 appendix C); the address after it was checked.`,
  suggestionFix: (suggestion: string) => `If so, send the message again to ${suggestion}.`,
  suggestionSummary: (suggestion: string) => `Did you mean ${suggestion}?`,
  passSummary: (address: string) => `${address} is a well-formed address`,
  warningSummary: (address: string) => `${address} is well-formed, with caveats`,
  failSummary: (why: string) => `Not a valid address: ${why}`,
};
