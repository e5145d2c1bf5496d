/**
 * Reading the SPF check's evaluation tree for display: lookups per branch, the record to draw. Pure; the
 * tree comes from another thread, so every access is defensive (a missing or odd field draws less, never
 * throws), and depth is capped.
 */
import type { SpfCheckData, SpfRecordNode } from '../../../core/check/spf/types.ts';

/** Deepest include nesting drawn: SPF's own limit of 10 lookups keeps real trees far shallower. */
export const MAX_TREE_DEPTH = 12;

/** RFC 7208 4.6.4: more than 10 DNS-querying terms is a permerror. */
export const SPF_LOOKUP_LIMIT = 10;

/** The DNS-querying terms (include, a, mx, ptr, exists, redirect) in a record and everything below it. */
export function branchLookups(node: SpfRecordNode | undefined | null, depth = 0): number {
  if (!node || depth > MAX_TREE_DEPTH || !Array.isArray(node.terms)) return 0;
  let count = 0;
  for (const term of node.terms) {
    if (term.countsLookup) count += 1;
    if (term.child) count += branchLookups(term.child, depth + 1);
  }
  return count;
}

export interface SpfTreeView {
  tree: SpfRecordNode;
  /** Total lookups of the evaluation shown. */
  lookups: number;
  /** True when the tree is the evaluation for the sending IP, false for the record-health walk. */
  forIp: boolean;
  /** "domain|term" of the terms that matched the sending IP (from the evaluation), to mark in the walk. */
  matched: Set<string>;
  /** The evaluation's result for the sending IP (pass, fail, softfail, ...), when an IP was known. */
  ipResult: string | null;
}

/** The key of a term in a record, to find the same term in the evaluation and the walk. */
export function termKey(domain: string, termText: string): string {
  return `${domain}|${termText}`;
}

/** The terms that matched, anywhere in an evaluation tree. */
export function matchedTerms(node: SpfRecordNode | undefined | null, into = new Set<string>(), depth = 0): Set<string> {
  if (!node || depth > MAX_TREE_DEPTH || !Array.isArray(node.terms)) return into;
  for (const term of node.terms) {
    if (term.matched === true) into.add(termKey(node.domain, term.text));
    if (term.child) matchedTerms(term.child, into, depth + 1);
  }
  return into;
}

/** The tree to draw from a check's data: the evaluation for the IP when there is one, else the walk. */
export function spfTreeOf(data: unknown): SpfTreeView | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Partial<SpfCheckData>;
  const evaluation = d.evaluation && typeof d.evaluation === 'object' && d.evaluation.tree ? d.evaluation : null;
  const walk = d.walk && typeof d.walk === 'object' && d.walk.tree ? d.walk : null;
  // The walk visits every branch, so it shows the full include tree and the full count.
  const chosen = walk ?? evaluation;
  if (!chosen) return null;
  const lookups = typeof chosen.lookups === 'number' ? chosen.lookups : branchLookups(chosen.tree);
  return {
    tree: chosen.tree,
    lookups,
    forIp: chosen === evaluation,
    matched: evaluation ? matchedTerms(evaluation.tree) : new Set(),
    ipResult: evaluation && typeof evaluation.result === 'string' ? evaluation.result : null,
  };
}
