/**
 * The data of an answer, as the checks read it: the addresses of A/AAAA records, the joined text of TXT
 * records. Anything but an 'ok' answer has none (the caller tells "none" from "failed" by the status).
 */
import type { DnsResult } from './types.ts';

/** The A and AAAA addresses in the answer, in answer order; [] unless the status is 'ok'. */
export function addressesIn(result: DnsResult): string[] {
  if (result.status !== 'ok') return [];
  return result.records.flatMap((r) => (r.type === 'A' || r.type === 'AAAA' ? [r.address] : []));
}

/** Each TXT record's strings joined (RFC 7208 3.3), one entry per record; [] unless the status is 'ok'. */
export function textsIn(result: DnsResult): string[] {
  if (result.status !== 'ok') return [];
  return result.records.flatMap((r) => (r.type === 'TXT' ? [r.text] : []));
}
