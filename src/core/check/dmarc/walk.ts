/**
 * DMARC policy discovery by the DNS tree walk of RFC 9989 section 4.10: ask _dmarc.<domain>, then walk up
 * one label at a time (a name of 8+ labels jumps to its last 7 first), at most 8 queries, stopping at a
 * record carrying psd=y or psd=n. The Organizational Domain is then (4.10.2) the domain of a psd=n record,
 * else the domain one label below a psd=y record (other than the starting domain's own), else the domain
 * with the fewest labels that has a record. The policy that applies (4.10.1) is the Author Domain's own
 * record, else the Organizational Domain's, else the public suffix operator's (psd=y).
 *
 * Speed: all the walk's names are asked at once and read back in walk order, so the walk costs one round
 * trip instead of up to eight; answers past the point where the walk stops are ignored (never used,
 * never shown, never a finding, a failure there never makes the check could-not-check), so the result is
 * the same as a one-by-one walk. The trade, judged: when the From domain has its own record (the common
 * case) the parents' lookups were not needed: one to a few extra TXT queries for names the public
 * resolver is asked about anyway (the parents of a domain it already sees), mostly cached there. In
 * return, an inherited policy costs one round trip instead of one per label, and the report authorization
 * lookup that follows it starts that much sooner: DMARC never becomes the diagnosis's longest chain.
 *
 * A failed lookup anywhere the walk must look makes the outcome unknown: never a guessed policy.
 */
import type { DnsResult, Resolver } from '../../dns/types.ts';
import { isDmarcRecord, parseDmarcRecord } from './parse.ts';
import type { DmarcWalkStep } from './types.ts';

/** RFC 9989 4.10: the walk never makes more than 8 queries. */
export const MAX_WALK_QUERIES = 8;
/** RFC 9989 4.10 step 4: a name of 8 or more labels is cut to its last 7 after the first query. */
const LONG_NAME_LABELS = 7;

/** The domains whose _dmarc name the walk asks, in order. */
export function walkTargets(domain: string): string[] {
  const labels = domain.split('.').filter((l) => l !== '');
  if (labels.length === 0) return [];
  const out = [labels.join('.')];
  const start = labels.length >= LONG_NAME_LABELS + 1 ? labels.length - LONG_NAME_LABELS : 1;
  for (let i = start; i < labels.length && out.length < MAX_WALK_QUERIES; i++) out.push(labels.slice(i).join('.'));
  return out;
}

export interface FoundRecord {
  domain: string;
  source: 'domain' | 'organizational' | 'psd';
  text: string;
}

export type DmarcDiscovery =
  | {
    ok: true;
    steps: DmarcWalkStep[];
    /** The answers behind `steps`, same order (evidence). */
    answers: DnsResult[];
    /** The organizational domain the walk determined (RFC 9989 4.10.2); null when no record was found. */
    walkOrgDomain: string | null;
    /** The applicable record; null when the walk found none. */
    found: FoundRecord | null;
  }
  | { ok: false; steps: DmarcWalkStep[]; answers: DnsResult[]; failed: DnsResult };

function classify(domain: string, answer: DnsResult): DmarcWalkStep {
  if (answer.status === 'error') return { domain, outcome: 'error', records: [] };
  const texts = answer.status === 'ok'
    ? answer.records.flatMap((r) => (r.type === 'TXT' && isDmarcRecord(r.text) ? [r.text] : []))
    : [];
  if (texts.length === 0) return { domain, outcome: 'none', records: [] };
  if (texts.length > 1) return { domain, outcome: 'multiple', records: texts };
  return { domain, outcome: 'record', records: texts };
}

function psdOf(text: string): 'y' | 'n' | 'u' {
  return parseDmarcRecord(text).psd;
}

function oneLabelBelow(start: string, ancestor: string): string {
  const labels = start.split('.');
  const keep = ancestor.split('.').length + 1;
  return labels.slice(Math.max(0, labels.length - keep)).join('.');
}

export async function discoverPolicy(resolver: Resolver, fromDomain: string): Promise<DmarcDiscovery> {
  const targets = walkTargets(fromDomain);
  const pending = targets.map((t) => resolver.query(`_dmarc.${t}`, 'TXT'));
  const steps: DmarcWalkStep[] = [];
  const answers: DnsResult[] = [];
  for (let i = 0; i < targets.length; i++) {
    const answer = await pending[i]!;
    const step = classify(targets[i]!, answer);
    steps.push(step);
    answers.push(answer);
    if (step.outcome === 'error') return { ok: false, steps, answers, failed: answer };
    if (step.outcome !== 'record') continue;
    if (i === 0) break; // The Author Domain's own record applies; nothing above can change that.
    const psd = psdOf(step.records[0]!);
    if (psd === 'y' || psd === 'n') break;
  }
  const start = targets[0] ?? fromDomain;
  const withRecord = steps.filter((s) => s.outcome === 'record');
  if (withRecord.length === 0) return { ok: true, steps, answers, walkOrgDomain: null, found: null };

  let org: string | null = null;
  for (const s of withRecord) {
    const psd = psdOf(s.records[0]!);
    if (psd === 'n') { org = s.domain; break; }
    if (psd === 'y' && s.domain !== start) { org = oneLabelBelow(start, s.domain); break; }
  }
  org ??= withRecord[withRecord.length - 1]!.domain;

  const at = (domain: string) => withRecord.find((s) => s.domain === domain);
  const own = at(start);
  if (own) return { ok: true, steps, answers, walkOrgDomain: org, found: { domain: start, source: 'domain', text: own.records[0]! } };
  const orgRecord = at(org);
  if (orgRecord) return { ok: true, steps, answers, walkOrgDomain: org, found: { domain: org, source: 'organizational', text: orgRecord.records[0]! } };
  const psdRecord = withRecord.find((s) => s.domain !== start && psdOf(s.records[0]!) === 'y');
  if (psdRecord) return { ok: true, steps, answers, walkOrgDomain: org, found: { domain: psdRecord.domain, source: 'psd', text: psdRecord.records[0]! } };
  return { ok: true, steps, answers, walkOrgDomain: org, found: null };
}
