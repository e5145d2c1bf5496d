/**
 * The resolver every check takes as a parameter. Checks never call fetch themselves, so they run the
 * same against DoH in the browser, the local test server, or an in-memory zone.
 *
 * A lookup never throws: every outcome, failures included, is a DnsResult.
 */

export type RecordType = 'A' | 'AAAA' | 'MX' | 'TXT' | 'PTR' | 'CNAME' | 'NS' | 'SOA';

export type DnsRecord =
  | { type: 'A'; name: string; ttl: number; address: string }
  | { type: 'AAAA'; name: string; ttl: number; address: string }
  | { type: 'MX'; name: string; ttl: number; preference: number; exchange: string }
  /** strings: the character-strings as published; text: them joined with nothing between (RFC 7208 3.3). */
  | { type: 'TXT'; name: string; ttl: number; strings: string[]; text: string }
  | { type: 'PTR'; name: string; ttl: number; target: string }
  | { type: 'CNAME'; name: string; ttl: number; target: string }
  | { type: 'NS'; name: string; ttl: number; target: string }
  | { type: 'SOA'; name: string; ttl: number; mname: string; rname: string; serial: number };

/** Why a lookup gave no usable answer. Kept apart so the UI can say exactly what went wrong. */
export type DnsFailure =
  | { kind: 'servfail'; message: string }
  | { kind: 'refused'; message: string }
  /** Any other DNS response code (FORMERR, NOTIMP, ...). */
  | { kind: 'rcode'; rcode: string; message: string }
  | { kind: 'timeout'; message: string; afterMs: number }
  /** The DoH server answered with an HTTP error (400, 413, 415, 429, 5xx, ...). */
  | { kind: 'http'; status: number; message: string }
  /** The request did not reach a server or was blocked (offline, DNS of the DoH host, CORS). */
  | { kind: 'network'; message: string }
  /** The body was not a DNS message, or not an answer to the question asked. */
  | { kind: 'malformed'; message: string }
  /** A CNAME chain that loops or is too long. */
  | { kind: 'cname-loop'; message: string };

/** Common to every answer: what was asked, who answered, how long it took. */
export interface DnsMeta {
  /** The name asked, as given (lower case, no trailing dot). */
  name: string;
  type: RecordType;
  /** The resolver (DoH URL, or "memory") that gave this answer; null when none answered. */
  resolver: string | null;
  /** Wall time of the lookup in milliseconds (0 for a cache hit). */
  elapsedMs: number;
  /** CNAME records followed on the way, in order. */
  cnameChain: string[];
}

export type DnsResult =
  /** The name has records of the asked type. */
  | ({ status: 'ok'; records: DnsRecord[] } & DnsMeta)
  /** NXDOMAIN: the name does not exist. */
  | ({ status: 'nxdomain' } & DnsMeta)
  /** NODATA: the name exists but has no record of the asked type. */
  | ({ status: 'nodata' } & DnsMeta)
  /** No usable answer: the check must say "could not check", never pass or fail. */
  | ({ status: 'error'; error: DnsFailure } & DnsMeta);

export interface QueryOptions {
  /** Cancels the lookup (the result is then an error of kind 'timeout' or 'network'). */
  signal?: AbortSignal;
  /**
   * 'low': where the resolver caps how many lookups run at once, this one waits behind the others. For
   * checks with many lookups but short chains (blocklists), so they never hold up the longest chain.
   */
  priority?: 'low';
}

export interface Resolver {
  /** Looks up one name and type. Never throws, never rejects. */
  query(name: string, type: RecordType, options?: QueryOptions): Promise<DnsResult>;
}
