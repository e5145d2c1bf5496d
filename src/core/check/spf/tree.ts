/** Walks over an evaluation tree: every query made, and the path of terms that decided the result. */
import type { SpfQuery, SpfRecordNode, SpfTermNode } from './types.ts';

/** Every DNS query in the tree, in evaluation order. */
export function collectQueries(node: SpfRecordNode, out: SpfQuery[] = []): SpfQuery[] {
  if (node.query) out.push(node.query);
  for (const term of node.terms) {
    out.push(...term.queries);
    if (term.child) collectQueries(term.child, out);
  }
  return out;
}

/** The chain of terms that matched, from the root down (e.g. include:a → ip4:192.0.2.0/24); empty if none. */
export function matchedPath(node: SpfRecordNode): SpfTermNode[] {
  for (const term of node.terms) {
    if (term.matched === true) return [term, ...(term.child ? matchedPath(term.child) : [])];
    if (term.name === 'redirect' && term.child) {
      const below = matchedPath(term.child);
      if (below.length > 0) return [term, ...below];
    }
  }
  return [];
}
