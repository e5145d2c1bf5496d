/** The DMARC check's inputs and its structured result (CheckResult.data). */

export type DmarcPolicy = 'none' | 'quarantine' | 'reject';
export type AlignmentMode = 'r' | 's';

export interface CheckDmarcInput {
  /** The domain of the message's From header (the Author Domain). */
  fromDomain: string;
  /** The d= domains of the DKIM-Signature headers of the message that bounced. */
  dkimDomains?: string[];
  /** The envelope sender's (Return-Path) domain, the identity SPF authenticates. */
  spfDomain?: string | null;
  /** Authentication-Results header values of the message, when it carries them (refine alignment). */
  authResults?: string[];
}

/** One tag as written, and whether its value is valid. */
export interface DmarcTag {
  /** Tag name, lower case. */
  name: string;
  /** The value as written (trimmed). */
  value: string;
}

/** A problem found in the record text, before any DNS lookup of report destinations. */
export interface DmarcRecordIssue {
  severity: 'info' | 'warning' | 'error';
  /** Stable code, e.g. "dmarc.invalid-value". */
  code: string;
  /** The tag concerned; null for the record as a whole. */
  tag: string | null;
  /** The offending value, when there is one. */
  value: string | null;
  /** Why it is a problem, in plain words (the finding's message is built from this). */
  detail: string;
}

/** A rua/ruf destination as written. */
export interface DmarcReportUri {
  /** 'rua' (aggregate) or 'ruf' (failure). */
  tag: 'rua' | 'ruf';
  /** The URI as written, without the !size suffix. */
  uri: string;
  /** The mailbox's domain for mailto: URIs; null for other schemes or unreadable ones. */
  domain: string | null;
}

/** The record after validation: the values receivers will use (defaults filled in). */
export interface ParsedDmarcRecord {
  /** Every tag as written, in order (duplicates included). */
  tags: DmarcTag[];
  /** p=, or null when missing/invalid (receivers then act as for none). */
  p: DmarcPolicy | null;
  /** sp= when valid; null when absent (p applies). */
  sp: DmarcPolicy | null;
  /** np= when valid; null when absent (sp, then p applies). */
  np: DmarcPolicy | null;
  adkim: AlignmentMode;
  aspf: AlignmentMode;
  /** Legacy pct= (removed by RFC 9989); null when absent. */
  pct: number | null;
  /** psd= flag: 'y', 'n' or 'u' (default). */
  psd: 'y' | 'n' | 'u';
  /** t=y: testing mode, receivers apply one step less. */
  testing: boolean;
  reportUris: DmarcReportUri[];
  issues: DmarcRecordIssue[];
}

/** What one _dmarc query of the tree walk gave. */
export interface DmarcWalkStep {
  /** The domain whose _dmarc name was asked. */
  domain: string;
  /** 'record' (exactly one DMARC record), 'none', 'multiple' (all discarded), 'error' (lookup failed). */
  outcome: 'record' | 'none' | 'multiple' | 'error';
  /** The record text for 'record'; every candidate for 'multiple'. */
  records: string[];
}

export interface DmarcAlignmentEntry {
  /** 'dkim' (a d= domain) or 'spf' (the Return-Path domain). */
  method: 'dkim' | 'spf';
  domain: string;
  /** Same organizational domain as From (Public Suffix List). */
  relaxed: boolean;
  /** Exactly the From domain. */
  strict: boolean;
  /** Aligned under the mode the policy asks for (adkim / aspf). */
  aligned: boolean;
  /** What the message's Authentication-Results say for this identity; null when they do not say. */
  authenticated: boolean | null;
}

export interface DmarcReportDestination extends DmarcReportUri {
  /** True when the destination's organizational domain differs from the policy domain's. */
  external: boolean;
  /** For external ones: 'authorized', 'missing', 'error' (lookup failed); 'not-needed' otherwise. */
  authorization: 'authorized' | 'missing' | 'error' | 'not-needed';
  /** The name that must publish v=DMARC1 for an external destination. */
  authorizationName: string | null;
}

export interface DmarcData {
  fromDomain: string;
  /** The From domain's organizational domain by the Public Suffix List (used for relaxed alignment). */
  orgDomain: string;
  /** Where the applicable record was found; null when none. */
  policyDomain: string | null;
  /** How the record relates to From: its own, its organizational domain's, or a public suffix operator's. */
  source: 'domain' | 'organizational' | 'psd' | null;
  /** The record text; null when none. */
  record: string | null;
  parsed: ParsedDmarcRecord | null;
  /** The tree walk as performed, in order. */
  walk: DmarcWalkStep[];
  /** Policy for the policy domain itself (p). */
  domainPolicy: DmarcPolicy | null;
  /** Policy for its existing subdomains (sp, else p). */
  subdomainPolicy: DmarcPolicy | null;
  /** Policy for subdomains that do not exist (np, else sp, else p). */
  nonexistentPolicy: DmarcPolicy | null;
  /** The policy that applies to mail from fromDomain, before t=y softening. */
  appliedPolicy: DmarcPolicy | null;
  /** appliedPolicy after t=y (testing: one step less); what a receiver would do to failing mail. */
  effectivePolicy: DmarcPolicy | null;
  /** Whether fromDomain exists in DNS (matters for np); null when not asked or unknown. */
  fromDomainExists: boolean | null;
  /** Alignment of the identities found in the bounce; empty when the bounce gave none. */
  alignment: DmarcAlignmentEntry[];
  /** True/false when alignment could be judged; null when the bounce gave no identity to compare. */
  anyAligned: boolean | null;
  reportDestinations: DmarcReportDestination[];
}
