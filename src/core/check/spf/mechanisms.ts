/**
 * Evaluation of one mechanism (RFC 7208 section 5), filling in its tree node. Failures are returned as
 * values: the RFC says exactly which DNS outcomes give temperror, which give permerror, and which are
 * simply "no match" (ptr).
 */
import type { DnsRecord } from '../../dns/types.ts';
import { inNetwork, reverseName } from './client.ts';
import { lookup, MAX_MX_NAMES, MAX_PTR_NAMES, MAX_VOID_LOOKUPS, warn, type EvalContext } from './context.ts';
import { isSameOrSubdomain, isValidSpfDomain } from './domain.ts';
import { dependsOnClient, expandDomainSpec } from './expand.ts';
import type { ParsedTerm } from './parse.ts';
import type { SpfQuery, SpfRecordNode, SpfResult, SpfTermNode } from './types.ts';

export type TermOutcome =
  | { kind: 'match' }
  | { kind: 'nomatch' }
  | { kind: 'error'; result: 'permerror' | 'temperror'; reason: string };

type Mechanism = Extract<ParsedTerm, { kind: 'mechanism' }>;

/** Evaluates a record for include/redirect (passed in to avoid an import cycle). */
export type RecordEvaluator = (ctx: EvalContext, domain: string, role: RecordRole) =>
  Promise<{ node: SpfRecordNode; result: SpfResult; reason?: string; explanation?: string }>;

/** Where a record sits: the domain asked about, or reached by include or redirect. */
export type RecordRole = 'root' | 'include' | 'redirect';

const NO_MATCH: TermOutcome = { kind: 'nomatch' };

function temperror(query: SpfQuery): TermOutcome {
  const detail = query.result.status === 'error' ? query.result.error.message : query.result.status;
  return { kind: 'error', result: 'temperror', reason: `DNS error looking up ${query.type} ${query.name}: ${detail}` };
}

/** Counts a void lookup; over the limit is a permerror (in walk mode only recorded). */
function countVoid(ctx: EvalContext, query: SpfQuery, node: SpfTermNode): TermOutcome | null {
  if (!query.void) return null;
  ctx.voids++;
  node.voidLookupsAfter = ctx.voids;
  if (ctx.voids > MAX_VOID_LOOKUPS && !ctx.walkAll) {
    return { kind: 'error', result: 'permerror', reason: `more than ${MAX_VOID_LOOKUPS} lookups found nothing (void lookup limit)` };
  }
  return null;
}

function addressesOf(records: DnsRecord[]): string[] {
  return records.flatMap((r) => (r.type === 'A' || r.type === 'AAAA' ? [r.address] : []));
}

/** The target of a term: its expanded domain-spec, or the current domain. Null in walk mode when unknowable. */
async function target(ctx: EvalContext, term: Mechanism, domain: string, node: SpfTermNode): Promise<string | null> {
  if (!term.domainTokens) return domain;
  if (ctx.walkAll && !ctx.client && dependsOnClient(term.domainTokens)) {
    node.note = 'depends on the message (macros); not looked up without a client IP';
    return null;
  }
  const expanded = await expandDomainSpec(ctx, term.domainTokens, domain, node.queries);
  return expanded;
}

/**
 * The target of a, mx and exists, recorded on the node; null (no match, with a note saying why) when it
 * depends on the message without a client, or is not a valid domain name once expanded.
 */
async function validTarget(ctx: EvalContext, term: Mechanism, domain: string, node: SpfTermNode): Promise<string | null> {
  const name = await target(ctx, term, domain, node);
  if (name === null) return null;
  node.target = name;
  if (!isValidSpfDomain(name)) {
    node.note = `"${name}" is not a valid domain name; treated as no match`;
    return null;
  }
  return name;
}

/** a and mx: A (IPv4 client) or AAAA (IPv6 client) of `name`, matched with the dual CIDR. */
async function addressMatch(ctx: EvalContext, name: string, term: Mechanism, node: SpfTermNode, primary: boolean): Promise<TermOutcome> {
  const client = ctx.client;
  const type = client?.kind() === 'ipv6' ? 'AAAA' : 'A';
  const answer = await lookup(ctx, name, type);
  node.queries.push(answer.query);
  if (answer.result.status === 'error') return temperror(answer.query);
  if (primary) {
    const over = countVoid(ctx, answer.query, node);
    if (over) return over;
  }
  if (answer.result.status !== 'ok' || !client) return NO_MATCH;
  const cidr = client.kind() === 'ipv4' ? term.cidr4 ?? 32 : term.cidr6 ?? 128;
  return addressesOf(answer.result.records).some((a) => inNetwork(client, a, cidr)) ? { kind: 'match' } : NO_MATCH;
}

async function evaluateA(ctx: EvalContext, term: Mechanism, domain: string, node: SpfTermNode): Promise<TermOutcome> {
  const name = await validTarget(ctx, term, domain, node);
  if (name === null) return NO_MATCH;
  return addressMatch(ctx, name, term, node, true);
}

async function evaluateMx(ctx: EvalContext, term: Mechanism, domain: string, node: SpfTermNode): Promise<TermOutcome> {
  const name = await validTarget(ctx, term, domain, node);
  if (name === null) return NO_MATCH;
  const answer = await lookup(ctx, name, 'MX');
  node.queries.push(answer.query);
  if (answer.result.status === 'error') return temperror(answer.query);
  const over = countVoid(ctx, answer.query, node);
  if (over) return over;
  if (answer.result.status !== 'ok') return NO_MATCH;
  const exchanges = answer.result.records
    .flatMap((r) => (r.type === 'MX' ? [r] : []))
    .sort((x, y) => x.preference - y.preference)
    .map((r) => r.exchange)
    // A null MX ("." , RFC 7505) names no host.
    .filter((exchange) => exchange !== '' && exchange !== '.');
  if (exchanges.length > MAX_MX_NAMES) {
    warn(ctx, { code: 'spf.mx-too-many', severity: 'error', domain, message: `mx:${name} has ${exchanges.length} MX hosts; SPF allows at most ${MAX_MX_NAMES}` });
    if (!ctx.walkAll) return { kind: 'error', result: 'permerror', reason: `${name} has more than ${MAX_MX_NAMES} MX records` };
  }
  for (const exchange of exchanges.slice(0, ctx.walkAll ? MAX_MX_NAMES : exchanges.length)) {
    const outcome = await addressMatch(ctx, exchange, term, node, false);
    if (outcome.kind !== 'nomatch') return outcome;
  }
  return NO_MATCH;
}

async function evaluatePtr(ctx: EvalContext, term: Mechanism, domain: string, node: SpfTermNode): Promise<TermOutcome> {
  warn(ctx, { code: 'spf.ptr-used', severity: 'warning', domain, message: 'The ptr mechanism is slow, unreliable and discouraged (RFC 7208 5.5); list the addresses with ip4/ip6 or a instead.' });
  const client = ctx.client;
  const name = await target(ctx, term, domain, node);
  if (name === null) return NO_MATCH;
  node.target = name;
  if (!client) {
    node.note = 'needs the client IP; not looked up';
    return NO_MATCH;
  }
  const ptr = await lookup(ctx, reverseName(client), 'PTR');
  node.queries.push(ptr.query);
  // RFC 7208 5.5: a DNS error on the PTR lookup means no match, not temperror.
  if (ptr.result.status === 'error') return NO_MATCH;
  const over = countVoid(ctx, ptr.query, node);
  if (over) return over;
  if (ptr.result.status !== 'ok') return NO_MATCH;
  const names = ptr.result.records.flatMap((r) => (r.type === 'PTR' ? [r.target] : [])).slice(0, MAX_PTR_NAMES);
  const type = client.kind() === 'ipv4' ? 'A' : 'AAAA';
  const full = client.kind() === 'ipv4' ? 32 : 128;
  for (const candidate of names.filter((n) => isSameOrSubdomain(n, name))) {
    const answer = await lookup(ctx, candidate, type);
    node.queries.push(answer.query);
    // An error on one name's address lookup skips that name (RFC 7208 5.5).
    if (answer.result.status !== 'ok') continue;
    if (addressesOf(answer.result.records).some((a) => inNetwork(client, a, full))) return { kind: 'match' };
  }
  return NO_MATCH;
}

async function evaluateExists(ctx: EvalContext, term: Mechanism, domain: string, node: SpfTermNode): Promise<TermOutcome> {
  const name = await validTarget(ctx, term, domain, node);
  if (name === null) return NO_MATCH;
  // exists always asks for A, whatever the client's address family (RFC 7208 5.7).
  const answer = await lookup(ctx, name, 'A');
  node.queries.push(answer.query);
  if (answer.result.status === 'error') return temperror(answer.query);
  const over = countVoid(ctx, answer.query, node);
  if (over) return over;
  return answer.result.status === 'ok' && answer.result.records.length > 0 && ctx.client ? { kind: 'match' } : NO_MATCH;
}

async function evaluateInclude(ctx: EvalContext, term: Mechanism, domain: string, node: SpfTermNode, evaluate: RecordEvaluator): Promise<TermOutcome> {
  const name = await target(ctx, term, domain, node);
  if (name === null) return NO_MATCH;
  node.target = name;
  if (ctx.stack.includes(name.toLowerCase())) {
    warn(ctx, { code: 'spf.include-loop', severity: 'error', domain, message: `include:${name} loops back to a record already being evaluated (${[...ctx.stack, name].join(' → ')})` });
    if (ctx.walkAll) {
      node.note = 'include loop: not followed again';
      return NO_MATCH;
    }
  }
  const child = await evaluate(ctx, name, 'include');
  node.child = child.node;
  switch (child.result) {
    case 'pass':
      return { kind: 'match' };
    case 'fail':
    case 'softfail':
    case 'neutral':
      return NO_MATCH;
    case 'temperror':
      return { kind: 'error', result: 'temperror', reason: child.reason ?? `temporary error in include:${name}` };
    case 'none':
      return { kind: 'error', result: 'permerror', reason: `include:${name} has no SPF record` };
    case 'permerror':
      return { kind: 'error', result: 'permerror', reason: child.reason ?? `include:${name} is broken` };
  }
}

export async function evaluateMechanism(
  ctx: EvalContext, term: Mechanism, domain: string, node: SpfTermNode, evaluate: RecordEvaluator,
): Promise<TermOutcome> {
  const client = ctx.client;
  switch (term.name) {
    case 'all':
      return ctx.walkAll ? NO_MATCH : { kind: 'match' };
    case 'ip4':
    case 'ip6': {
      if (!client || !term.network || ctx.walkAll) return NO_MATCH;
      const cidr = term.name === 'ip4' ? term.cidr4! : term.cidr6!;
      return client.kind() === term.network.kind() && client.match(term.network, cidr) ? { kind: 'match' } : NO_MATCH;
    }
    case 'a':
      return noMatchInWalk(ctx, await evaluateA(ctx, term, domain, node));
    case 'mx':
      return noMatchInWalk(ctx, await evaluateMx(ctx, term, domain, node));
    case 'ptr':
      return noMatchInWalk(ctx, await evaluatePtr(ctx, term, domain, node));
    case 'exists':
      return noMatchInWalk(ctx, await evaluateExists(ctx, term, domain, node));
    case 'include':
      return noMatchInWalk(ctx, await evaluateInclude(ctx, term, domain, node, evaluate));
  }
}

/** In walk mode nothing matches, so every term is visited. */
function noMatchInWalk(ctx: EvalContext, outcome: TermOutcome): TermOutcome {
  return ctx.walkAll && outcome.kind === 'match' ? NO_MATCH : outcome;
}
