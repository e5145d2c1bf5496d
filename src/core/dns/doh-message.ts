/**
 * The DNS wire side of DoH: builds the query message and reads the answer into our types, checking that
 * the body is a DNS response to the question asked. Never throws: a bad body is a 'malformed' failure.
 */
import * as dnsPacket from '@leichtgewicht/dns-packet';
import type { Answer, Packet } from '@leichtgewicht/dns-packet';
import { normalizeName } from './name.ts';
import type { DnsFailure, DnsRecord, RecordType } from './types.ts';

/** The largest DNS message there is (two-byte length on TCP); anything larger is not one. */
export const MAX_DNS_MESSAGE_BYTES = 65_535;

/**
 * EDNS payload size we advertise: lets the recursive resolver (or dnsdist's UDP backend) return large TXT
 * records whole instead of truncated. 1232 is the DNS Flag Day 2020 value that avoids IP fragmentation.
 */
const EDNS_PAYLOAD_SIZE = 1232;

/**
 * The query message. The ID is 0, as RFC 8484 section 4.1 recommends so HTTP caches can share answers;
 * the response is matched to the question by its question section instead (and by its ID being 0 too).
 */
export function encodeQuery(name: string, type: RecordType): Uint8Array {
  return dnsPacket.encode({
    type: 'query',
    id: 0,
    flags: dnsPacket.RECURSION_DESIRED,
    questions: [{ type, name, class: 'IN' }],
    additionals: [{ type: 'OPT', name: '.', udpPayloadSize: EDNS_PAYLOAD_SIZE, data: [] } as unknown as Answer],
  });
}

/** A decoded response: its rcode and the answer records in our types (other types dropped). */
export interface DecodedAnswer {
  /** NOERROR, NXDOMAIN, SERVFAIL, REFUSED, ... */
  rcode: string;
  /** Answer-section records we can represent (the asked type and CNAMEs), in message order. */
  records: DnsRecord[];
}

export type DecodeOutcome = { ok: true; value: DecodedAnswer } | { ok: false; error: DnsFailure };

const textDecoder = new TextDecoder('utf-8', { fatal: false });

function bytesToString(value: string | Uint8Array): string {
  return typeof value === 'string' ? value : textDecoder.decode(value);
}

function toRecord(answer: Answer): DnsRecord | null {
  const name = normalizeName(answer.name);
  const ttl = answer.ttl ?? 0;
  switch (answer.type) {
    case 'A':
    case 'AAAA':
      return { type: answer.type, name, ttl, address: String(answer.data) };
    case 'CNAME':
    case 'PTR':
    case 'NS':
      return { type: answer.type, name, ttl, target: normalizeName(String(answer.data)) };
    case 'MX':
      return { type: 'MX', name, ttl, preference: answer.data.preference ?? 0, exchange: normalizeName(answer.data.exchange) };
    case 'TXT': {
      const parts = Array.isArray(answer.data) ? answer.data : [answer.data];
      const strings = parts.map(bytesToString);
      return { type: 'TXT', name, ttl, strings, text: strings.join('') };
    }
    case 'SOA':
      return {
        type: 'SOA', name, ttl, mname: normalizeName(answer.data.mname),
        rname: normalizeName(answer.data.rname), serial: answer.data.serial ?? 0,
      };
    default:
      return null;
  }
}

function malformed(message: string): DecodeOutcome {
  return { ok: false, error: { kind: 'malformed', message } };
}

/** Decodes a DoH response body and checks it answers `name`/`type`. */
export function decodeAnswer(body: Uint8Array, name: string, type: RecordType): DecodeOutcome {
  if (body.length === 0) return malformed('empty response body');
  if (body.length > MAX_DNS_MESSAGE_BYTES) return malformed(`response body of ${body.length} bytes is larger than any DNS message`);
  let packet: Packet;
  try {
    packet = dnsPacket.decode(body);
  } catch (e) {
    return malformed(`response body is not a DNS message (${e instanceof Error ? e.message : String(e)})`);
  }
  if (packet.type !== 'response') return malformed('DNS message is a query, not a response');
  if (packet.id !== 0) return malformed(`response ID ${packet.id} does not match the query ID 0`);
  const question = packet.questions?.[0];
  if (!question || packet.questions!.length !== 1) return malformed('response does not repeat the question');
  if (normalizeName(question.name) !== normalizeName(name) || question.type !== type) {
    return malformed(`response answers ${question.name} ${question.type}, not ${name} ${type}`);
  }
  if (packet.flag_tc) return malformed('response is truncated (TC flag)');
  const records: DnsRecord[] = [];
  for (const answer of packet.answers ?? []) {
    const record = toRecord(answer);
    if (record) records.push(record);
  }
  return { ok: true, value: { rcode: packet.rcode ?? 'NOERROR', records } };
}
