/**
 * Queries one blocklist for one target, together with the list's test point, and reads the answers by
 * the rules learned from tools that got them wrong: a listing counts only for a documented code; refusal
 * codes, undocumented codes, answers outside 127/8, DNS errors and timeouts give no verdict; and without
 * a working test point (RFC 5782 5: 127.0.0.2 / "test" must be listed) there is no verdict either,
 * because a resolver that hides the list answers "no such name" for everything.
 */
import { addressesIn, textsIn } from '../../dns/answer-data.ts';
import type { DnsResult, Resolver } from '../../dns/types.ts';
import { describeOutcome } from '../../dns/present.ts';
import { interpretBlocklistAnswer, type BlocklistInfo } from '../../knowledge/blocklists.ts';
import { queryWithDeadline } from './query-with-deadline.ts';
import { BL_TEXT as T } from './messages.ts';
import type { ListResult } from './types.ts';

/** RFC 5782 5: what every list must list (test point) and must never list (negative test point). */
const RFC5782_POSITIVE = { ip: '2.0.0.127', domain: 'test' } as const;
const RFC5782_NEGATIVE = { ip: '1.0.0.127', domain: 'invalid' } as const;
/** Longest TXT reason kept; lists publish a sentence and a link. */
const MAX_TXT_LENGTH = 512;

/** How an A answer reads. */
type Reading =
  | { kind: 'listed'; meaning: string }
  | { kind: 'not-listed'; meaning: string }
  | { kind: 'no-verdict'; meaning: string };

function answerLines(result: DnsResult): string[] {
  if (result.status === 'error') return [result.error.message];
  return addressesIn(result);
}

export function readAnswer(list: BlocklistInfo, result: DnsResult): Reading {
  if (result.status === 'error') return { kind: 'no-verdict', meaning: T.dnsError(result.error) };
  if (result.status === 'nxdomain' || result.status === 'nodata') return { kind: 'not-listed', meaning: T.notListedMeaning };
  const codes = addressesIn(result);
  if (codes.length === 0) return { kind: 'no-verdict', meaning: T.emptyAnswer };
  const readings = codes.map((c) => interpretBlocklistAnswer(list, c));
  const refused = readings.filter((r) => r.kind === 'refused');
  if (refused.length > 0) return { kind: 'no-verdict', meaning: T.refused(refused.map((r) => r.code).join(', '), refused.map((r) => r.meaning).join('; ')) };
  const undocumented = readings.filter((r) => r.kind === 'undocumented');
  if (undocumented.length > 0) return { kind: 'no-verdict', meaning: T.undocumented(undocumented.map((r) => r.code).join(', '), undocumented.map((r) => r.meaning).join('; ')) };
  return { kind: 'listed', meaning: readings.map((r) => r.meaning).join('; ') };
}

/** The test point relative to the zone ("2.0.0.127" from "2.0.0.127.zen.spamhaus.org"). */
export function testPointLabel(list: BlocklistInfo): string {
  const suffix = `.${list.zone}`;
  const name = list.testName.toLowerCase().replace(/\.$/, '');
  return name.endsWith(suffix) && name.length > suffix.length ? name.slice(0, -suffix.length) : RFC5782_POSITIVE[list.kind];
}

export interface OneListRequest {
  list: BlocklistInfo;
  /** The target's label(s) before the zone: reversed IP or the domain. */
  label: string;
  /** The zone to query (public or DQS); '' when the DQS key is invalid. */
  zone: string;
  timeoutMs: number;
}

export interface OneListOutcome {
  result: ListResult;
  /** Every lookup made, in order, as evidence. */
  lookups: DnsResult[];
}

export async function checkOneList(resolver: Resolver, request: OneListRequest, display: string): Promise<OneListOutcome> {
  const { list, label, zone, timeoutMs } = request;
  const base: ListResult = {
    id: list.id, name: list.name, rank: list.rank, usedBy: list.usedBy, zone, query: '', outcome: 'not queried',
    answer: [], verdict: 'could-not-check', meaning: '', txt: null, testPoint: null, listsEverything: false,
    lookupUrl: list.lookupUrl(display), delistUrl: list.delistUrl, delistHow: list.delistHow,
  };
  if (zone === '') return { result: { ...base, meaning: T.badDqsKey }, lookups: [] };

  const query = `${label}.${zone}`;
  // The IPv4 test point serves IPv6 checks too: what it must show is that the list answers through this
  // resolver at all, and every list here publishes it (RFC 5782's ::ffff:7f00:2 is not documented by all).
  const testQuery = `${testPointLabel(list)}.${zone}`;
  const negativeQuery = `${RFC5782_NEGATIVE[list.kind]}.${zone}`;
  const [target, test, negative] = await Promise.all([
    queryWithDeadline(resolver, query, 'A', timeoutMs),
    queryWithDeadline(resolver, testQuery, 'A', timeoutMs),
    queryWithDeadline(resolver, negativeQuery, 'A', timeoutMs),
  ]);
  const lookups = [target, test, negative];
  const reading = readAnswer(list, target);
  const testReading = readAnswer(list, test);
  const listsEverything = readAnswer(list, negative).kind === 'listed';
  const result: ListResult = {
    ...base, query, outcome: describeOutcome(target), answer: answerLines(target), listsEverything,
    testPoint: { query: testQuery, outcome: describeOutcome(test), answer: answerLines(test), working: testReading.kind === 'listed' },
  };

  if (reading.kind === 'no-verdict') return { result: { ...result, verdict: 'could-not-check', meaning: reading.meaning }, lookups };
  if (testReading.kind === 'not-listed') return { result: { ...result, verdict: 'could-not-check', meaning: T.testPointDead(testQuery) }, lookups };
  if (testReading.kind === 'no-verdict') return { result: { ...result, verdict: 'could-not-check', meaning: T.testPointFailed(testReading.meaning) }, lookups };
  if (listsEverything) return { result: { ...result, verdict: 'could-not-check', meaning: T.listsEverything(negativeQuery) }, lookups };
  if (reading.kind === 'not-listed') return { result: { ...result, verdict: 'not-listed', meaning: reading.meaning }, lookups };

  // Listed: the TXT record often says why and links to the evidence; a failure there changes nothing.
  const txt = await queryWithDeadline(resolver, query, 'TXT', timeoutMs);
  const text = textsIn(txt).join(' ').slice(0, MAX_TXT_LENGTH);
  return { result: { ...result, verdict: 'listed', meaning: reading.meaning, txt: text || null }, lookups: [...lookups, txt] };
}
