/**
 * Walk mode (checkSpf without an IP, and the record-health walk beside every evaluation) visits every term
 * of every record in order, one after another: the order gives the lookup counts and the tree. But the
 * lookups of sibling terms do not depend on each other, so waiting for each in turn would make the walk
 * cost the SUM of its include chains instead of the longest one. This crawl asks the whole tree ahead, in
 * parallel, as soon as each record is known; the walk then finds the answers in the resolver's cache (the
 * one-diagnosis cache of dns/cache.ts, which also merges lookups in flight).
 *
 * Limits: only literal targets are asked (a target with macros is left to the walk, which expands it);
 * nothing here is counted, judged or shown: it only warms the cache, and a resolver without a cache
 * merely gets some lookups twice. At most MAX_PREFETCH_LOOKUPS lookups per crawl.
 */
import { textsIn } from '../../dns/answer-data.ts';
import type { DnsResult, RecordType, Resolver } from '../../dns/types.ts';
import { MAX_MX_NAMES, MAX_WALK_LOOKUPS } from './context.ts';
import { canonicalDomain, isValidSpfDomain } from './domain.ts';
import type { MacroToken } from './macro.ts';
import { isSpfRecord, parseRecord } from './parse.ts';

/**
 * The walk makes at most MAX_WALK_LOOKUPS counted lookups, plus up to MAX_MX_NAMES address lookups for
 * some of them; the crawl stops at twice the counted budget, which covers any tree the walk can finish.
 */
export const MAX_PREFETCH_LOOKUPS = 2 * MAX_WALK_LOOKUPS;

/** The target written without macros, or null when it has some (it then depends on the message). */
function literal(tokens: MacroToken[] | null, current: string): string | null {
  if (tokens === null) return current;
  if (tokens.some((t) => t.type === 'macro')) return null;
  return canonicalDomain(tokens.map((t) => (t.type === 'literal' ? t.text : '')).join(''));
}

/** Starts the crawl of `domain`'s SPF tree; returns at once (the lookups run in the background). */
export function prefetchSpfTree(resolver: Resolver, domain: string): void {
  const asked = new Set<string>();
  // Nobody awaits the crawl: whatever goes wrong in it (a bug, a faulty resolver) must end there quietly.
  const background = (work: Promise<unknown>): void => void work.catch(() => undefined);
  const ask = (name: string, type: RecordType): Promise<DnsResult | null> => {
    const key = `${type} ${name}`;
    if (!isValidSpfDomain(name) || asked.has(key) || asked.size >= MAX_PREFETCH_LOOKUPS) return Promise.resolve(null);
    asked.add(key);
    // A resolver never rejects by contract; a faulty one must not leave an unhandled rejection behind.
    return resolver.query(name, type).catch(() => null);
  };
  const exchanges = async (name: string): Promise<void> => {
    const answer = await ask(name, 'MX');
    if (answer?.status !== 'ok') return;
    const hosts = answer.records.flatMap((r) => (r.type === 'MX' ? [r.exchange] : [])).slice(0, MAX_MX_NAMES);
    for (const host of hosts) background(ask(host, 'A'));
  };
  const record = async (name: string): Promise<void> => {
    const answer = await ask(name, 'TXT');
    const spf = answer ? textsIn(answer).filter(isSpfRecord) : [];
    if (spf.length !== 1) return;
    const parsed = parseRecord(spf[0]!);
    if (!parsed.ok) return;
    for (const term of parsed.terms) {
      if (term.kind === 'modifier') {
        const target = term.name === 'redirect' ? literal(term.valueTokens, name) : null;
        if (target) background(record(target));
        continue;
      }
      const target = literal(term.domainTokens, name);
      if (!target) continue;
      if (term.name === 'include') background(record(target));
      else if (term.name === 'a' || term.name === 'exists') background(ask(target, 'A'));
      else if (term.name === 'mx') background(exchanges(target));
    }
  };
  background(record(canonicalDomain(domain)));
}
