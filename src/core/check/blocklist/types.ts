/** The structured result of the blocklist checks (CheckResult.data). */
import type { BlocklistInfo } from '../../knowledge/blocklists.ts';

/** One list's verdict. Only 'listed' and 'not-listed' are verdicts; the rest say why there is none. */
export type ListVerdict =
  /** The list answered a documented listing code, and its test point works. */
  | 'listed'
  /** The list answered "no such name" for the target, and its test point works. */
  | 'not-listed'
  /** No trustworthy answer: refused, undocumented code, outside 127/8, DNS error, timeout, dead test point. */
  | 'could-not-check'
  /** The list does not cover this kind of target (e.g. an IPv4-only list for an IPv6 address): not queried. */
  | 'not-applicable';

/** The test point of a list: a name it documents as always listed. */
export interface TestPointResult {
  /** The name queried (test point under the zone used). */
  query: string;
  /** The DNS outcome ("ok", "nxdomain", "error: timeout", ...). */
  outcome: string;
  /** The A records answered, or the error message. */
  answer: string[];
  /** True when the test point answered a documented listing code: the list answers through this resolver. */
  working: boolean;
}

export interface ListResult {
  /** The catalog id, e.g. "spamhaus-zen". */
  id: string;
  name: string;
  /** Rank in the catalog (1 = most important). */
  rank: number;
  /** Who relies on this list, in a few words. */
  usedBy: string;
  /** The zone queried: the public zone, or the Data Query Service zone when a key was given. */
  zone: string;
  /** The full name queried for the target ('' when not queried). */
  query: string;
  /** The DNS outcome for the target. */
  outcome: string;
  /** The A records answered for the target (the codes), or the error message. */
  answer: string[];
  verdict: ListVerdict;
  /** What the answer means: the listing reason, or why there is no verdict. */
  meaning: string;
  /** The TXT record a list publishes beside a listing (often a reason and a link), null when none. */
  txt: string | null;
  /** The test point check; null when the list was not queried. */
  testPoint: TestPointResult | null;
  /** True when "listed" was also answered for 127.0.0.1 / "invalid", which no list may list (RFC 5782 5). */
  listsEverything: boolean;
  /** Where to see why the target is listed. */
  lookupUrl: string;
  /** Where to ask for removal; null when listings expire on their own. */
  delistUrl: string | null;
  /** How removal works, in plain words. */
  delistHow: string;
}

export interface BlocklistData {
  /** The IP (canonical) or domain (ASCII, lower case) checked; '' when the input was unusable. */
  target: string;
  kind: 'ip' | 'domain';
  /** 4 or 6 for an IP, null for a domain. */
  ipVersion: 4 | 6 | null;
  /** Per list, in rank order. */
  lists: ListResult[];
  /** Ids of the lists that list the target. */
  listedOn: string[];
  /** Ids of the lists that could not be checked. */
  couldNotCheck: string[];
  /** True when a Spamhaus Data Query Service key was used. */
  dqsKeyUsed: boolean;
}

/** A list to query: a catalog id (e.g. "spamhaus-zen") or a full catalog entry (tests use .test zones). */
export type ListChoice = string | BlocklistInfo;

interface CommonOptions {
  /** The lists to query; default: every catalog list of the right kind, by rank. */
  lists?: ListChoice[];
  /** A Spamhaus Data Query Service key: Spamhaus lists are then queried through their DQS zones. */
  dqsKey?: string;
  /** Time allowed per lookup, in ms (default DEFAULT_LIST_TIMEOUT_MS). */
  timeoutMs?: number;
}

export interface IpBlocklistInput extends CommonOptions {
  /** The sending IP, IPv4 or IPv6. */
  ip: string;
}

export interface DomainBlocklistInput extends CommonOptions {
  /** The sender's domain. */
  domain: string;
}
