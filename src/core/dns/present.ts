/**
 * Turns a DnsResult into evidence a person can read and repeat: zone-file style answer lines and the
 * equivalent dig command.
 */
import type { DnsRecord, DnsResult } from './types.ts';
import type { QueryEvidence } from '../check/types.ts';

/** Quotes one TXT character-string the way zone files and dig show it. */
function quoteTxt(s: string): string {
  return `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

/** One record in presentation format, e.g. `example.com. 300 IN MX 10 mx.example.com.` */
export function formatRecord(record: DnsRecord): string {
  const head = `${record.name}. ${record.ttl} IN ${record.type}`;
  switch (record.type) {
    case 'A':
    case 'AAAA':
      return `${head} ${record.address}`;
    case 'MX':
      return `${head} ${record.preference} ${record.exchange}.`;
    case 'TXT':
      return `${head} ${record.strings.map(quoteTxt).join(' ')}`;
    case 'PTR':
    case 'CNAME':
    case 'NS':
      return `${head} ${record.target}.`;
    case 'SOA':
      return `${head} ${record.mname}. ${record.rname}. ${record.serial}`;
  }
}

/** The dig command that repeats a lookup (reverse names are asked as PTR of the in-addr/ip6 name). */
export function digCommand(name: string, type: string): string {
  return `dig +short ${type} ${name}`;
}

/** A one-word outcome plus the failure kind, e.g. "ok", "nxdomain", "error: timeout". */
export function describeOutcome(result: DnsResult): string {
  return result.status === 'error' ? `error: ${result.error.kind}` : result.status;
}

export function toEvidence(result: DnsResult): QueryEvidence {
  const answer =
    result.status === 'ok' ? result.records.map(formatRecord)
    : result.status === 'error' ? [result.error.message]
    : [];
  return {
    name: result.name,
    type: result.type,
    outcome: describeOutcome(result),
    answer,
    dig: digCommand(result.name, result.type),
    resolver: result.resolver,
    raw: result,
  };
}
