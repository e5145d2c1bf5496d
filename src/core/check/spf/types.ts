/**
 * The SPF evaluator's contract (RFC 7208). `checkHost()` is the receiving server's algorithm;
 * `checkSpf()` wraps it as a CheckResult for the diagnosis. The evaluation is returned as a tree so the
 * UI can draw the include chain and show where the budget of 10 DNS lookups went.
 */
import type { DnsResult, Resolver } from '../../dns/types.ts';
import type { CheckResult } from '../types.ts';

/** The seven results of check_host() (RFC 7208 section 2.6). */
export type SpfResult = 'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'permerror' | 'temperror';

/** The qualifier in front of a mechanism: + pass, - fail, ~ softfail, ? neutral. */
export type SpfQualifier = '+' | '-' | '~' | '?';

export type SpfMechanismName = 'all' | 'include' | 'a' | 'mx' | 'ptr' | 'ip4' | 'ip6' | 'exists';

/** The inputs of check_host(). */
export interface CheckHostInput {
  /** The SMTP client's IP address (IPv4, IPv6, or IPv4-mapped IPv6). */
  ip: string;
  /** The domain whose SPF record is evaluated (usually the MAIL FROM domain, or the HELO name). */
  domain: string;
  /** MAIL FROM address; empty means the null sender, and postmaster@helo is used (RFC 7208 2.4). */
  sender: string;
  /** The HELO/EHLO name given by the client. */
  helo: string;
}

/** Options that are not part of the RFC's inputs. */
export interface CheckHostOptions {
  /** The receiving host's name, for the %{r} macro in explanations; default "unknown". */
  receiver?: string;
  /** Seconds since the epoch for the %{t} macro; default now. */
  now?: number;
  /**
   * Walk mode: evaluate every term of every reachable record without any of them matching, so the whole
   * include tree and the full lookup count are known without an IP (the record's health). Terms whose
   * target depends on the client (macros %{i}, %{s}, ...) are counted but not queried.
   */
  walkAll?: boolean;
}

/** One DNS lookup made while evaluating, as seen by the evaluator. */
export interface SpfQuery {
  /** The name asked. */
  name: string;
  /** The record type asked. */
  type: string;
  /** The answer as received (kept whole for evidence and "show raw"). */
  result: DnsResult;
  /** True when this lookup was void (NXDOMAIN or no records), counted against the limit of 2. */
  void: boolean;
}

/** One term (mechanism or modifier) of a record, after evaluation. */
export interface SpfTermNode {
  /** The term as written in the record, e.g. "~include:_spf.example.com/24". */
  text: string;
  /** Mechanism or modifier. */
  kind: 'mechanism' | 'modifier';
  /** Mechanism name, or the modifier's name (e.g. "redirect", "exp", or any unknown modifier). */
  name: string;
  /** The qualifier (mechanisms only; '+' when none was written). */
  qualifier?: SpfQualifier;
  /** The target domain after macro expansion (include, a, mx, ptr, exists, redirect, exp); null if none. */
  target: string | null;
  /** The IPv4 / IPv6 CIDR lengths written (or defaulted) for a, mx, ip4, ip6. */
  cidr4?: number;
  cidr6?: number;
  /** The DNS lookups this term made, in order. */
  queries: SpfQuery[];
  /**
   * Whether the term matched the client: true/false once evaluated, null when it was never reached
   * (an earlier term matched), or for modifiers.
   */
  matched: boolean | null;
  /** Whether this term was evaluated at all (false for terms after the first match). */
  evaluated: boolean;
  /** True when the term counts against the 10-lookup limit (include, a, mx, ptr, exists, redirect). */
  countsLookup: boolean;
  /** The running count of DNS-querying terms after this one (the whole evaluation, across includes). */
  lookupsAfter: number;
  /** The running count of void lookups after this one. */
  voidLookupsAfter: number;
  /** The record that include/redirect evaluated. */
  child?: SpfRecordNode;
  /** Why this term produced an error or was not queried (permerror/temperror detail, "depends on %{i}"). */
  note?: string;
}

/** One SPF record and its evaluation: the root, or the target of an include or redirect. */
export interface SpfRecordNode {
  /** The domain whose record this is. */
  domain: string;
  /** The TXT lookup for the record. */
  query: SpfQuery | null;
  /** The SPF record text, or null when none was found. */
  record: string | null;
  /** Every term of the record in order (empty if the record was missing or did not parse). */
  terms: SpfTermNode[];
  /** The result of evaluating this record (for an include: the result of the included check_host()). */
  result: SpfResult;
  /** Why the result is permerror/temperror/none, in plain words. */
  reason?: string;
}

/** A record-health warning, in the manner of the best record checkers. */
export interface SpfWarning {
  /** Stable code, e.g. "spf.lookups-over-limit". */
  code:
    | 'spf.lookups-over-limit' | 'spf.lookups-near-limit' | 'spf.void-lookups' | 'spf.void-over-limit'
    | 'spf.ptr-used' | 'spf.pass-all' | 'spf.neutral-all' | 'spf.no-all' | 'spf.text-after-all'
    | 'spf.string-too-long' | 'spf.record-too-long' | 'spf.include-loop' | 'spf.spf2-record'
    | 'spf.multiple-records' | 'spf.syntax' | 'spf.mx-too-many' | 'spf.redirect-with-all'
    | 'spf.deprecated-spf-type';
  severity: 'info' | 'warning' | 'error';
  /** The domain whose record the warning is about. */
  domain: string;
  /** What was found. */
  message: string;
}

/** What check_host() returns. */
export interface SpfEvaluation {
  result: SpfResult;
  /** The explanation for a fail (from exp=, macro-expanded); undefined otherwise. */
  explanation?: string;
  /** The whole evaluation, starting at the record of `domain`. */
  tree: SpfRecordNode;
  /** DNS-querying terms used (include, a, mx, ptr, exists, redirect); over 10 is a permerror. */
  lookups: number;
  /** Lookups that found nothing (NXDOMAIN or no records); over 2 is a permerror. */
  voidLookups: number;
  /** Why the result is what it is, for permerror/temperror/none. */
  reason?: string;
  /** Record-health warnings found along the way. */
  warnings: SpfWarning[];
}

/** Inputs of checkSpf(): the domain, and what is known of the message. */
export interface CheckSpfInput {
  /** The domain to check (the envelope sender's domain, or the HELO name). */
  domain: string;
  /** The sending server's IP, when the bounce reveals it; without it only the record's health is judged. */
  ip?: string;
  /** The envelope sender (MAIL FROM); default postmaster@domain. */
  sender?: string;
  /** The HELO name; default the domain. */
  helo?: string;
}

/** CheckResult.data for the 'spf' check. */
export interface SpfCheckData {
  /** The SPF record of the domain, or null. */
  record: string | null;
  /** check_host() for the given IP; undefined when no IP was known. */
  evaluation?: SpfEvaluation;
  /** The record's health: every term of every reachable record, without an IP (walk mode). */
  walk: SpfEvaluation;
}

/** The signatures of the two entry points (exported from ./index.ts). */
export type CheckHostFn = (
  resolver: Resolver, input: CheckHostInput, options?: CheckHostOptions,
) => Promise<SpfEvaluation>;
export type CheckSpfFn = (resolver: Resolver, input: CheckSpfInput) => Promise<CheckResult<SpfCheckData>>;
