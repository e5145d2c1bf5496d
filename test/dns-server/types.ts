/**
 * Types of the local DNS stack used by the tests: zones declared as data, the faults to inject, and the
 * handle a running stack gives back. See README.md in this folder.
 */

export type ZoneRecordType = 'A' | 'AAAA' | 'MX' | 'TXT' | 'PTR' | 'CNAME' | 'NS' | 'SOA';

export interface ZoneRecord {
  /** Owner name: a name inside the zone, either fully qualified ("www.example.test") or relative to the
   *  origin ("www"); "@" is the origin itself. A trailing dot is allowed. */
  name: string;
  type: ZoneRecordType;
  /** TXT: one string, or several character-strings (each longer than 255 bytes is split further).
   *  MX: "10 mx.example.test". CNAME/PTR/NS: a domain name. Domain names inside values are always taken as
   *  fully qualified (a trailing dot is added when missing), never relative to the origin. SOA: raw RDATA. */
  value: string | string[];
  /** Seconds; 300 when absent. */
  ttl?: number;
}

export interface Zone {
  /** The zone apex, e.g. "example.test" or "2.0.192.in-addr.arpa". */
  origin: string;
  /** The records; an SOA and an NS at the apex are added when absent. */
  records: ZoneRecord[];
}

export interface Faults {
  /** Names (suffix match) answered SERVFAIL by dnsdist. */
  servfail?: string[];
  /** Names (suffix match) answered NXDOMAIN by dnsdist. */
  nxdomain?: string[];
  /** Names (suffix match) answered REFUSED by dnsdist. */
  refused?: string[];
  /** Names (suffix match) never answered: the HTTP request stays open until the client gives up. */
  drop?: string[];
  /** Fixed delay in milliseconds added to every DoH answer (for bench:diagnose). */
  delayMs?: number;
  /** Per-name delay (suffix match), e.g. a slow answer that arrives after a client's timeout. */
  slow?: { name: string; delayMs: number }[];
}

export interface DnsStack {
  /** http://127.0.0.1:PORT/dns-query (RFC 8484, GET and POST). */
  dohUrl: string;
  /** dnsdist's own DoH endpoint, without the Node front (no delay/drop/slow faults on this one). */
  directDohUrl: string;
  /** A DoH-looking URL that answers every request with this HTTP status (400, 413, 415, 429, 500, 503...). */
  httpErrorUrl(status: number): string;
  /** Same DoH service, but every answer's body is garbage (HTTP 200, not a DNS message). */
  garbageUrl: string;
  /** nsd's UDP/TCP port (authoritative answers, no faults), for debugging with dig/kdig. */
  udpPort: number;
  /** dnsdist's plain DNS port (UDP/TCP; the rcode faults apply here too). */
  dnsdistPort: number;
  /** The temp directory with the generated configs, zone files and logs. */
  dir: string;
  /** Kills everything, removes the temp dir; safe to call twice. */
  stop(): Promise<void>;
}

export interface StackOptions {
  zones: Zone[];
  faults?: Faults;
  /** How long to wait for the daemons to answer before giving up; 10 s when absent. */
  startTimeoutMs?: number;
}
