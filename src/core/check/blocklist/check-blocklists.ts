/**
 * The sending IP (IPv4 or IPv6) and the sender's domain against the DNS blocklists that the big mailbox
 * providers and common filters consult (knowledge/blocklists.ts, ranked). All lists are queried in
 * parallel. Overall: fail if any list lists the target; could-not-check if none does but some gave no
 * verdict (named in the summary); pass only when every list queried answered "not listed" with a
 * working test point.
 */
import type { DnsResult, Resolver } from '../../dns/types.ts';
import { toEvidence } from '../../dns/present.ts';
import { BLOCKLISTS, blocklistById, type BlocklistInfo } from '../../knowledge/blocklists.ts';
import type { CheckName, CheckResult, CheckStatus, Finding } from '../types.ts';
import { checkDomainSyntax } from '../address/domain-syntax.ts';
import { parseIp } from '../reverse-dns/reverse-name.ts';
import { checkOneList } from './check-one-list.ts';
import { maskedZone, maskKeyZones, type MaskedZone } from './mask-key.ts';
import { BL_TEXT as T } from './messages.ts';
import type { BlocklistData, DomainBlocklistInput, IpBlocklistInput, ListChoice, ListResult } from './types.ts';

/**
 * Per lookup. Longer than the DoH client's own per-provider timeout (5 s) so its fallback to a second
 * provider gets a chance; short enough that one dead list does not hold the whole card for long.
 */
export const DEFAULT_LIST_TIMEOUT_MS = 8_000;

/** Ranges no blocklist lists (the documentation ranges are kept: the tests use them). */
const NON_PUBLIC_RANGES = new Set(['private', 'loopback', 'linkLocal', 'uniqueLocal', 'unspecified', 'carrierGradeNat', 'multicast', 'broadcast']);

type BlocklistResult = CheckResult<BlocklistData>;

/** The chosen lists of one kind, by rank; unknown ids are reported, not silently dropped. */
function chooseLists(kind: 'ip' | 'domain', choices: ListChoice[] | undefined, findings: Finding[]): BlocklistInfo[] {
  const chosen: BlocklistInfo[] = [];
  for (const choice of choices ?? BLOCKLISTS) {
    const list = typeof choice === 'string' ? blocklistById(choice) : choice;
    if (list === null) {
      findings.push({ severity: 'info', code: 'blocklist.unknown-list', message: T.unknownList(String(choice)), fix: null });
      continue;
    }
    if (list.kind === kind && !chosen.some((c) => c.id === list.id)) chosen.push(list);
  }
  return chosen.sort((a, b) => a.rank - b.rank);
}

/** The zone to ask: the DQS zone when a key is given and the list has one ('' for an invalid key). */
function zoneFor(list: BlocklistInfo, dqsKey: string | undefined): string {
  const key = dqsKey?.trim();
  if (key && list.dqsZone) return list.dqsZone(key);
  return list.zone;
}

/** The key zones queried, to be masked in the result (the key is a credential; see mask-key.ts). */
function keyZones(lists: BlocklistInfo[], dqsKey: string | undefined): MaskedZone[] {
  const key = dqsKey?.trim();
  if (!key) return [];
  return lists.flatMap((list) => {
    const zone = zoneFor(list, key);
    const masked = zone === list.zone ? null : maskedZone(zone, key);
    return masked ? [masked] : [];
  });
}

interface RunRequest {
  name: CheckName;
  kind: 'ip' | 'domain';
  /** The target as shown (canonical IP or ASCII domain). */
  target: string;
  /** The label(s) put before each zone. */
  label: string;
  ipVersion: 4 | 6 | null;
  inputs: Record<string, string>;
  options: IpBlocklistInput | DomainBlocklistInput;
  findings: Finding[];
}

function notQueried(list: BlocklistInfo, target: string, zone: string): ListResult {
  return {
    id: list.id, name: list.name, rank: list.rank, usedBy: list.usedBy, zone, query: '', outcome: 'not queried', answer: [],
    verdict: 'not-applicable', meaning: T.notApplicableIpv6, txt: null, testPoint: null, listsEverything: false,
    lookupUrl: list.lookupUrl(target), delistUrl: list.delistUrl, delistHow: list.delistHow,
  };
}

async function run(resolver: Resolver, req: RunRequest): Promise<BlocklistResult> {
  const { findings, target } = req;
  const lists = chooseLists(req.kind, req.options.lists, findings);
  const dqsKeyUsed = Boolean(req.options.dqsKey?.trim()) && lists.some((l) => l.dqsZone);
  const timeoutMs = req.options.timeoutMs ?? DEFAULT_LIST_TIMEOUT_MS;

  const outcomes = await Promise.all(lists.map(async (list) => {
    const zone = zoneFor(list, req.options.dqsKey);
    if (req.ipVersion === 6 && !list.ipv6) return { result: notQueried(list, target, zone), lookups: [] as DnsResult[] };
    return checkOneList(resolver, { list, label: req.label, zone, timeoutMs }, target);
  }));
  const results = outcomes.map((o) => o.result);
  const listed = results.filter((r) => r.verdict === 'listed');
  const unknown = results.filter((r) => r.verdict === 'could-not-check');
  const notListed = results.filter((r) => r.verdict === 'not-listed');

  for (const r of listed) findings.push({ severity: 'error', code: 'blocklist.listed', message: T.listed(target, r), fix: T.listedFix(target, r) });
  for (const r of unknown) findings.push({ severity: 'warning', code: 'blocklist.could-not-check', message: T.couldNotCheck(r), fix: T.couldNotCheckFix(r) });
  const spamhausWithoutKey = unknown.filter((r) => !dqsKeyUsed && lists.find((l) => l.id === r.id)?.needsKey === 'spamhaus-dqs');
  if (spamhausWithoutKey.length > 0) {
    findings.push({ severity: 'warning', code: 'blocklist.needs-dqs-key', message: T.needsDqs(spamhausWithoutKey), fix: T.needsDqsFix });
  }

  const data: BlocklistData = {
    target, kind: req.kind, ipVersion: req.ipVersion, lists: results,
    listedOn: listed.map((r) => r.id), couldNotCheck: unknown.map((r) => r.id), dqsKeyUsed,
  };
  const checked = listed.length + unknown.length + notListed.length;
  const status: CheckStatus = listed.length > 0 ? 'fail' : unknown.length > 0 ? 'could-not-check' : checked > 0 ? 'pass' : 'not-applicable';
  const summary = status === 'fail'
    ? (unknown.length > 0 ? T.failSomeUnknownSummary(target, listed, checked, unknown) : T.failSummary(target, listed, checked))
    : status === 'could-not-check'
      ? (notListed.length > 0 ? T.cncSummary(target, notListed.length, unknown) : T.noneAnsweredSummary(target, unknown))
      : status === 'pass' ? T.passSummary(target, checked)
        : T.noListsSummary;
  if (status === 'not-applicable') findings.push({ severity: 'info', code: 'blocklist.no-lists', message: T.noLists, fix: null });
  const queries = outcomes.flatMap((o) => o.lookups).map(toEvidence);
  // The key was needed for the lookups only: everything shown says <DQS key> instead.
  return maskKeyZones({ name: req.name, status, summary, inputs: req.inputs, queries, findings, data }, keyZones(lists, req.options.dqsKey));
}

function badTarget(name: CheckName, kind: 'ip' | 'domain', input: string, inputs: Record<string, string>): BlocklistResult {
  const data: BlocklistData = { target: '', kind, ipVersion: null, lists: [], listedOn: [], couldNotCheck: [], dqsKeyUsed: false };
  const finding: Finding = { severity: 'error', code: 'blocklist.bad-target', message: T.badTarget(kind, input), fix: null };
  return { name, status: 'not-applicable', summary: T.badTargetSummary(kind), inputs, queries: [], findings: [finding], data };
}

/** The sending IP against the IP lists (reversed octets for IPv4, reversed nibbles for IPv6). */
export async function checkIpBlocklists(resolver: Resolver, input: IpBlocklistInput): Promise<BlocklistResult> {
  const raw = String(input?.ip ?? '');
  const inputs = { ip: raw };
  const ip = parseIp(raw);
  if (!ip.ok) return badTarget('blocklist-ip', 'ip', raw, inputs);
  const findings: Finding[] = [];
  if (NON_PUBLIC_RANGES.has(ip.range)) findings.push({ severity: 'info', code: 'blocklist.non-public-ip', message: T.nonPublic(ip.address, ip.range), fix: null });
  return run(resolver, { name: 'blocklist-ip', kind: 'ip', target: ip.address, label: ip.reversed, ipVersion: ip.version, inputs, options: input, findings });
}

/** The sender's domain against the domain lists (the domain itself under each zone). */
export async function checkDomainBlocklists(resolver: Resolver, input: DomainBlocklistInput): Promise<BlocklistResult> {
  const raw = String(input?.domain ?? '');
  const inputs = { domain: raw };
  const syntax = checkDomainSyntax(raw.trim().replace(/\.$/, ''));
  if (syntax.problems.length > 0 || syntax.singleLabel) return badTarget('blocklist-domain', 'domain', raw, inputs);
  return run(resolver, { name: 'blocklist-domain', kind: 'domain', target: syntax.ascii, label: syntax.ascii, ipVersion: null, inputs, options: input, findings: [] });
}
