/**
 * Stage 3: the live DNS checks. Every check takes a Resolver and returns this shape.
 * A failed lookup makes a check 'could-not-check' with the raw answer: never a false pass or fail.
 */
import type { DnsResult } from '../dns/types.ts';

export type CheckStatus = 'pass' | 'warning' | 'fail' | 'could-not-check' | 'not-applicable';

export type CheckName =
  | 'mx' | 'address' | 'spf' | 'dkim' | 'dmarc' | 'reverse-dns' | 'blocklist-ip' | 'blocklist-domain';

/** One lookup behind a check, as evidence the user can repeat. */
export interface QueryEvidence {
  name: string;
  type: string;
  /** 'ok' | 'nxdomain' | 'nodata' | 'error', plus the failure kind for errors. */
  outcome: string;
  /** The answer in zone-file presentation, one line per record. */
  answer: string[];
  /** The same lookup as a dig command line, e.g. "dig +short TXT example.com". */
  dig: string;
  /** Which resolver answered. */
  resolver: string | null;
  /** The DnsResult as received, for "show raw". */
  raw: DnsResult;
}

export interface Finding {
  severity: 'info' | 'warning' | 'error';
  /** Stable machine-readable code, e.g. "dmarc.policy-none". */
  code: string;
  /** What was found, in plain words. */
  message: string;
  /** What to do about it, concrete (the record to publish, the page to visit); null if nothing. */
  fix: string | null;
}

export interface CheckResult<Data = unknown> {
  name: CheckName;
  status: CheckStatus;
  /** One line for the card header. */
  summary: string;
  /** What the check was run for (domain, IP, selector), shown and editable in the UI. */
  inputs: Record<string, string>;
  queries: QueryEvidence[];
  findings: Finding[];
  /** Check-specific structured result (the SPF evaluation tree, the parsed DMARC record, ...). */
  data?: Data;
}
