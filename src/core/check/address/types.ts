/** The structured result of the address check (CheckResult.data). */
import type { DomainProblem } from './domain-syntax.ts';

/** What is wrong with the local part (before the @), with enough detail to name it exactly. */
export type LocalPartProblem =
  | { code: 'empty' }
  | { code: 'too-long'; octets: number }
  | { code: 'bad-character'; character: string; position: number }
  | { code: 'extra-at'; position: number }
  | { code: 'leading-dot' }
  | { code: 'trailing-dot' }
  | { code: 'double-dot'; position: number }
  | { code: 'unclosed-quote' }
  | { code: 'text-after-quote'; position: number }
  | { code: 'bad-quoted-pair'; position: number };

/** How the local part is written (RFC 5321 4.1.2 Local-part). */
export type LocalPartForm = 'dot-atom' | 'quoted-string';

export interface AddressData {
  /** The address as checked: trimmed, angle brackets and "mailto:" removed. */
  address: string;
  /** The part before the last @ ('' when there is no @). */
  localPart: string;
  /** The part after the last @, as written ('' when there is no @). */
  domain: string;
  /** The domain in ASCII (A-label) form, lower case; '' when not a usable domain or an address literal. */
  domainAscii: string;
  localForm: LocalPartForm;
  /** True when the local part has characters outside ASCII: only servers with SMTPUTF8 (RFC 6531) take it. */
  needsSmtpUtf8: boolean;
  /** The IP address of an address literal ("user@[192.0.2.1]"), null for a domain. */
  literal: string | null;
  localProblems: LocalPartProblem[];
  domainProblems: DomainProblem[];
  /** Total length in octets (UTF-8). */
  octets: number;
  /** "Did you mean" address with the likely intended domain, null when none. */
  suggestion: string | null;
}

export interface AddressCheckInput {
  /** The recipient address as written in the bounce or by the user. */
  address: string;
}

export interface AddressCheckOptions {
  /** Proposes the intended domain for a likely typo (gmial.com → gmail.com), or null. */
  suggestDomain?: (domain: string) => string | null;
}
