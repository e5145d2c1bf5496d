/**
 * A resolver over zones declared as data, for unit tests of pure logic and for the SPF suites.
 * It follows the same rules as a real server: a name listed with other types answers NODATA, an unlisted
 * name NXDOMAIN, and a CNAME is followed (up to MAX_CNAME_HOPS). DNS behaviour that matters end to end is
 * tested against the real local server instead (test/dns-server/).
 */
import { MAX_CNAME_HOPS, normalizeName } from './name.ts';
import type { DnsRecord, DnsResult, QueryOptions, RecordType, Resolver } from './types.ts';


/** One name's data: records by type, or a failure every query for the name gets. */
export type MemoryZoneEntry =
  /**
   * The name's records. With timeoutUnlisted, a query for a type not among them times out instead of
   * answering NODATA (a broken server that only answers some types; the SPF suites' "TIMEOUT").
   */
  | { records: MemoryRecord[]; timeoutUnlisted?: boolean }
  /** Every query for this name times out (a DNS error: temperror where it matters). */
  | { timeout: true }
  /** Every query for this name gets this failing response code. */
  | { rcode: 'SERVFAIL' | 'REFUSED' };

/** A record as test data: the type plus its presentation-ish fields. */
export type MemoryRecord =
  | { type: 'A' | 'AAAA'; address: string }
  | { type: 'MX'; preference: number; exchange: string }
  | { type: 'TXT'; strings: string[] }
  | { type: 'PTR' | 'CNAME' | 'NS'; target: string };

/** Zones as data: lower-case names without the trailing dot. */
export type MemoryZones = Record<string, MemoryZoneEntry>;

export interface MemoryResolverOptions {
  /** Shown as the resolver that answered. */
  label?: string;
  /** Called for every query, in order: lets tests count lookups. */
  onQuery?: (name: string, type: RecordType) => void;
}


function toDnsRecord(name: string, record: MemoryRecord, ttl: number): DnsRecord {
  switch (record.type) {
    case 'A':
    case 'AAAA':
      return { type: record.type, name, ttl, address: record.address };
    case 'MX':
      return { type: 'MX', name, ttl, preference: record.preference, exchange: normalizeName(record.exchange) };
    case 'TXT':
      return { type: 'TXT', name, ttl, strings: record.strings, text: record.strings.join('') };
    case 'PTR':
    case 'CNAME':
    case 'NS':
      return { type: record.type, name, ttl, target: normalizeName(record.target) };
  }
}

export function createMemoryResolver(zones: MemoryZones, options: MemoryResolverOptions = {}): Resolver {
  const label = options.label ?? 'memory';
  const table = new Map<string, MemoryZoneEntry>();
  for (const [name, entry] of Object.entries(zones)) table.set(normalizeName(name), entry);

  return {
    async query(rawName: string, type: RecordType, _opts?: QueryOptions): Promise<DnsResult> {
      const name = normalizeName(rawName);
      options.onQuery?.(name, type);
      const meta = { name, type, resolver: label, elapsedMs: 0, cnameChain: [] as string[] };
      let current = name;
      for (let hop = 0; hop <= MAX_CNAME_HOPS; hop++) {
        const entry = table.get(current);
        if (!entry) return { status: 'nxdomain', ...meta };
        if ('timeout' in entry) {
          return { status: 'error', ...meta, error: { kind: 'timeout', message: `no answer for ${current}`, afterMs: 0 } };
        }
        if ('rcode' in entry) {
          const error = entry.rcode === 'SERVFAIL'
            ? { kind: 'servfail' as const, message: `SERVFAIL for ${current}` }
            : { kind: 'refused' as const, message: `REFUSED for ${current}` };
          return { status: 'error', ...meta, error };
        }
        const matching = entry.records.filter((r) => r.type === type);
        if (matching.length > 0) {
          return { status: 'ok', ...meta, records: matching.map((r) => toDnsRecord(current, r, 300)) };
        }
        if (entry.timeoutUnlisted) {
          return { status: 'error', ...meta, error: { kind: 'timeout', message: `no answer for ${current} ${type}`, afterMs: 0 } };
        }
        const cname = type === 'CNAME' ? undefined : entry.records.find((r) => r.type === 'CNAME');
        if (!cname || cname.type !== 'CNAME') return { status: 'nodata', ...meta };
        meta.cnameChain.push(normalizeName(cname.target));
        current = normalizeName(cname.target);
      }
      return { status: 'error', ...meta, error: { kind: 'cname-loop', message: `CNAME chain from ${name} longer than ${MAX_CNAME_HOPS}` } };
    },
  };
}
