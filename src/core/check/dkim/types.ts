/** The DKIM check's inputs and its structured result (CheckResult.data). */
import type { CheckStatus, Finding } from '../types.ts';

/** One selector to look up. */
export interface DkimSelectorInput {
  /** The signing domain (d=). */
  domain: string;
  /** The selector (s=). */
  selector: string;
  /** True when the selector is a common-name guess, not taken from a DKIM-Signature header. */
  guessed: boolean;
}

export interface CheckDkimInput {
  selectors: DkimSelectorInput[];
}

/** What was found for one selector. */
export interface DkimSelectorReport {
  domain: string;
  selector: string;
  guessed: boolean;
  /** The name queried: <selector>._domainkey.<domain>. */
  name: string;
  /** This selector's own verdict ('not-applicable' for a guess that has no key). */
  status: CheckStatus;
  /** The key record text as published (strings joined); null when none. */
  record: string | null;
  /** k= (lower case; 'rsa' when absent); null when there is no usable record. */
  keyType: string | null;
  /** Key length in bits, read from the key itself; null when unknown. */
  bits: number | null;
  /** How the key was encoded: SubjectPublicKeyInfo, bare PKCS#1, or raw Ed25519 bytes. */
  keyFormat: 'spki' | 'pkcs1' | 'raw' | null;
  /** The empty p= of a revoked key. */
  revoked: boolean;
  /** The t=y testing flag. */
  testing: boolean;
  findings: Finding[];
}

export interface DkimData {
  selectors: DkimSelectorReport[];
}
