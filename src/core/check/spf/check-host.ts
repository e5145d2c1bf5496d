/**
 * check_host() of RFC 7208, complete: record selection, all mechanisms with dual CIDR lengths, redirect
 * and exp, macros, the 10-lookup and 2-void-lookup limits, and permerror/temperror where the RFC puts
 * them. Returns the whole evaluation as a tree. Never throws: resolver failures are temperror.
 */
import { prefetchSpfTree } from './prefetch.ts';
import { parseClientIp } from './client.ts';
import { lookup, MAX_DNS_LOOKUPS, MAX_VOID_LOOKUPS, MAX_WALK_LOOKUPS, warn, type EvalContext } from './context.ts';
import { canonicalDomain, isValidSpfDomain } from './domain.ts';
import { expandDomainSpec } from './expand.ts';
import { explain } from './explanation.ts';
import { evaluateMechanism, type RecordEvaluator } from './mechanisms.ts';
import { isSpfRecord, parseRecord, type ParsedTerm } from './parse.ts';
import { recordWarnings, evaluationWarnings } from './warnings.ts';
import type {
  CheckHostInput, CheckHostOptions, SpfEvaluation, SpfQualifier, SpfRecordNode, SpfResult, SpfTermNode,
} from './types.ts';

const QUALIFIER_RESULT: Record<SpfQualifier, SpfResult> = { '+': 'pass', '-': 'fail', '~': 'softfail', '?': 'neutral' };

/** Terms that cost one of the 10 DNS lookups. */
const LOOKUP_TERMS = new Set(['include', 'a', 'mx', 'ptr', 'exists', 'redirect']);

type RecordOutcome = Awaited<ReturnType<RecordEvaluator>>;

function termNode(term: ParsedTerm): SpfTermNode {
  return {
    text: term.text,
    kind: term.kind,
    name: term.name,
    ...(term.kind === 'mechanism' ? { qualifier: term.qualifier } : {}),
    target: null,
    ...(term.kind === 'mechanism' && (term.name === 'a' || term.name === 'mx' || term.name === 'ip4') && term.cidr4 !== undefined ? { cidr4: term.cidr4 } : {}),
    ...(term.kind === 'mechanism' && (term.name === 'a' || term.name === 'mx' || term.name === 'ip6') && term.cidr6 !== undefined ? { cidr6: term.cidr6 } : {}),
    queries: [],
    matched: null,
    evaluated: false,
    countsLookup: LOOKUP_TERMS.has(term.name) && (term.kind === 'mechanism' || term.name === 'redirect'),
    lookupsAfter: 0,
    voidLookupsAfter: 0,
  };
}

/** Counts one DNS-querying term; returns the permerror reason when over the limit. */
function countLookup(ctx: EvalContext, node: SpfTermNode): string | null {
  ctx.lookups++;
  node.lookupsAfter = ctx.lookups;
  node.voidLookupsAfter = ctx.voids;
  if (ctx.lookups > MAX_DNS_LOOKUPS) {
    const reason = `more than ${MAX_DNS_LOOKUPS} DNS-querying terms (include, a, mx, ptr, exists, redirect)`;
    if (!ctx.walkAll || ctx.lookups > MAX_WALK_LOOKUPS) return reason;
  }
  return null;
}

const evaluateRecord: RecordEvaluator = async (ctx, rawDomain, role) => {
  const domain = canonicalDomain(rawDomain);
  const node: SpfRecordNode = { domain, query: null, record: null, terms: [], result: 'none' };
  const finish = (result: SpfResult, reason?: string, explanation?: string): RecordOutcome => {
    node.result = result;
    if (reason) node.reason = reason;
    return { node, result, ...(reason ? { reason } : {}), ...(explanation !== undefined ? { explanation } : {}) };
  };

  if (!isValidSpfDomain(domain)) return finish('none', `"${rawDomain}" is not a valid domain name`);
  const answer = await lookup(ctx, domain, 'TXT');
  node.query = answer.query;
  if (answer.result.status === 'error') {
    return finish('temperror', `DNS error looking up TXT ${domain}: ${answer.result.error.message}`);
  }
  const txt = answer.result.status === 'ok' ? answer.result.records.flatMap((r) => (r.type === 'TXT' ? [r] : [])) : [];
  const spf = txt.filter((r) => isSpfRecord(r.text));
  recordWarnings(ctx, domain, txt, spf);
  if (spf.length === 0) {
    return finish('none', answer.result.status === 'nxdomain' ? `${domain} does not exist` : `${domain} has no SPF record`);
  }
  if (spf.length > 1) return finish('permerror', `${domain} has ${spf.length} SPF records; there must be exactly one`);
  const record = spf[0]!.text;
  node.record = record;
  const parsed = parseRecord(record);
  node.terms = parsed.terms.map(termNode);
  if (!parsed.ok) {
    warn(ctx, { code: 'spf.syntax', severity: 'error', domain, message: `The SPF record of ${domain} has a syntax error: ${parsed.error}` });
    return finish('permerror', `syntax error in the record of ${domain}: ${parsed.error}`);
  }
  evaluationWarnings(ctx, domain, parsed.terms, role);

  ctx.stack.push(domain);
  try {
    let firstError: RecordOutcome | null = null;
    for (let i = 0; i < parsed.terms.length; i++) {
      const term = parsed.terms[i]!;
      const tnode = node.terms[i]!;
      if (term.kind !== 'mechanism') continue;
      tnode.evaluated = true;
      if (tnode.countsLookup) {
        const over = countLookup(ctx, tnode);
        if (over) {
          tnode.note = over;
          return finish('permerror', over);
        }
      }
      const outcome = await evaluateMechanism(ctx, term, domain, tnode, evaluateRecord);
      tnode.lookupsAfter = ctx.lookups;
      tnode.voidLookupsAfter = Math.max(tnode.voidLookupsAfter, ctx.voids);
      if (outcome.kind === 'error') {
        tnode.matched = false;
        tnode.note = outcome.reason;
        if (!ctx.walkAll) return finish(outcome.result, outcome.reason);
        firstError ??= finish(outcome.result, outcome.reason);
        continue;
      }
      tnode.matched = outcome.kind === 'match';
      if (outcome.kind === 'match') {
        const result = QUALIFIER_RESULT[term.qualifier];
        const explanation = result === 'fail' ? await explanationFor(ctx, parsed.terms, node, domain) : undefined;
        return finish(result, undefined, explanation);
      }
    }

    // RFC 7208 6.1: redirect is ignored when the record has an "all" mechanism.
    const hasAll = parsed.terms.some((t) => t.kind === 'mechanism' && t.name === 'all');
    const redirectIndex = parsed.terms.findIndex((t) => t.kind === 'modifier' && t.name === 'redirect');
    if (redirectIndex >= 0 && !hasAll) {
      const redirect = parsed.terms[redirectIndex] as Extract<ParsedTerm, { kind: 'modifier' }>;
      const rnode = node.terms[redirectIndex]!;
      rnode.evaluated = true;
      const over = countLookup(ctx, rnode);
      if (over) {
        rnode.note = over;
        return finish('permerror', over);
      }
      const target = await expandDomainSpec(ctx, redirect.valueTokens, domain, rnode.queries);
      rnode.target = target;
      if (ctx.walkAll && ctx.stack.includes(canonicalDomain(target))) {
        warn(ctx, { code: 'spf.include-loop', severity: 'error', domain, message: `redirect=${target} loops back to a record already being evaluated` });
        rnode.note = 'redirect loop: not followed again';
        return firstError ?? finish('permerror', 'redirect loop');
      }
      const child = await evaluateRecord(ctx, target, 'redirect');
      rnode.child = child.node;
      rnode.lookupsAfter = ctx.lookups;
      rnode.voidLookupsAfter = ctx.voids;
      if (firstError) return firstError;
      if (child.result === 'none') return finish('permerror', `redirect=${target} has no SPF record`);
      // The explanation comes from the redirect target's own exp=, never from this record's (RFC 7208 6.2).
      return finish(child.result, child.reason, child.explanation);
    }
    return firstError ?? finish('neutral');
  } finally {
    ctx.stack.pop();
  }
};

async function explanationFor(ctx: EvalContext, terms: ParsedTerm[], node: SpfRecordNode, domain: string): Promise<string | undefined> {
  const index = terms.findIndex((t) => t.kind === 'modifier' && t.name === 'exp');
  if (index < 0) return ctx.defaultExplanation;
  const exp = terms[index] as Extract<ParsedTerm, { kind: 'modifier' }>;
  return (await explain(ctx, exp, domain, node.terms[index]!)) ?? ctx.defaultExplanation;
}

/** RFC 7208 4.3: "postmaster" stands in for a missing local-part; the null sender uses the HELO name. */
function senderParts(input: CheckHostInput): { sender: string; localPart: string; senderDomain: string } {
  const raw = input.sender.trim();
  const at = raw.lastIndexOf('@');
  const domainPart = at >= 0 ? raw.slice(at + 1) : raw;
  const senderDomain = domainPart || input.helo;
  const localPart = at > 0 ? raw.slice(0, at) : 'postmaster';
  return { sender: `${localPart}@${senderDomain}`, localPart, senderDomain };
}

export interface CheckHostExtraOptions extends CheckHostOptions {
  /** The explanation used for a fail when the record gives none (the suites use "DEFAULT"). */
  defaultExplanation?: string;
}

/** check_host(ip, domain, sender) per RFC 7208 section 4. */
export async function checkHost(
  resolver: EvalContext['resolver'], input: CheckHostInput, options: CheckHostExtraOptions = {},
): Promise<SpfEvaluation> {
  const client = parseClientIp(input.ip);
  const walkAll = options.walkAll === true;
  const ctx: EvalContext = {
    resolver,
    client,
    ...senderParts(input),
    helo: input.helo,
    receiver: options.receiver ?? 'unknown',
    now: options.now ?? Math.floor(Date.now() / 1000),
    walkAll,
    ...(options.defaultExplanation !== undefined ? { defaultExplanation: options.defaultExplanation } : {}),
    lookups: 0,
    voids: 0,
    warnings: [],
    stack: [],
    validatedNames: new Map(),
  };
  const domain = canonicalDomain(input.domain);
  const empty: SpfRecordNode = { domain, query: null, record: null, terms: [], result: 'none' };
  if (!client && !walkAll) {
    const reason = `"${input.ip}" is not an IP address`;
    return { result: 'none', tree: { ...empty, reason }, lookups: 0, voidLookups: 0, reason, warnings: [] };
  }
  // The walk visits terms one by one; the crawl asks their lookups ahead, all at once (see prefetch.ts).
  if (walkAll) prefetchSpfTree(resolver, domain);
  let outcome: RecordOutcome;
  try {
    outcome = await evaluateRecord(ctx, domain, 'root');
  } catch (e) {
    // Resolvers never throw by contract; a faulty one still must not turn into an exception here.
    const reason = `internal error: ${e instanceof Error ? e.message : String(e)}`;
    outcome = { node: { ...empty, result: 'temperror', reason }, result: 'temperror', reason };
  }
  const lookupsDone = ctx.lookups;
  warnLimits(ctx, domain);
  if (walkAll && outcome.result !== 'temperror' && outcome.result !== 'none') {
    // Walk mode kept counting past the limits to show by how much; a receiver would have stopped.
    if (ctx.lookups > MAX_DNS_LOOKUPS) outcome = { ...outcome, result: 'permerror', reason: `${ctx.lookups} DNS-querying terms; the limit is ${MAX_DNS_LOOKUPS}` };
    else if (ctx.voids > MAX_VOID_LOOKUPS) outcome = { ...outcome, result: 'permerror', reason: `${ctx.voids} void lookups; the limit is ${MAX_VOID_LOOKUPS}` };
  }
  return {
    result: outcome.result,
    ...(outcome.explanation !== undefined && outcome.result === 'fail' ? { explanation: outcome.explanation } : {}),
    tree: outcome.node,
    lookups: lookupsDone,
    voidLookups: ctx.voids,
    ...(outcome.reason ? { reason: outcome.reason } : {}),
    warnings: ctx.warnings,
  };
}

/** Lookup-budget warnings, from the counts at the end. */
function warnLimits(ctx: EvalContext, domain: string): void {
  if (ctx.lookups > MAX_DNS_LOOKUPS) {
    warn(ctx, { code: 'spf.lookups-over-limit', severity: 'error', domain, message: `The SPF evaluation needs ${ctx.lookups} DNS lookups; the limit is ${MAX_DNS_LOOKUPS}, so receivers return permerror.` });
  } else if (ctx.lookups >= MAX_DNS_LOOKUPS - 2) {
    warn(ctx, { code: 'spf.lookups-near-limit', severity: 'warning', domain, message: `The SPF evaluation needs ${ctx.lookups} of the ${MAX_DNS_LOOKUPS} allowed DNS lookups; one more include can break it.` });
  }
  if (ctx.voids > 2) {
    warn(ctx, { code: 'spf.void-over-limit', severity: 'error', domain, message: `${ctx.voids} lookups found nothing; more than 2 is a permerror.` });
  } else if (ctx.voids > 0) {
    warn(ctx, { code: 'spf.void-lookups', severity: 'warning', domain, message: `${ctx.voids} lookup(s) found nothing (void lookups; more than 2 is a permerror).` });
  }
}
