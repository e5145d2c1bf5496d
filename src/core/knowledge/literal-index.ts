/**
 * Finds which of many fixed strings occur in a text, reading the text once. Used by the phrase rules
 * (about 800 phrases) and by the provider catalogs' literal prefilter (required-literals.ts).
 *
 * An Aho-Corasick automaton made deterministic (one table read per character of the text, whatever the
 * number of literals), over the first TRIE_DEPTH characters of each literal: a longer literal is
 * confirmed with `startsWith` where its first TRIE_DEPTH characters occur. The table's columns are the
 * ASCII characters the literals use, one column for every other ASCII character and one for every
 * non-ASCII character (a literal holding non-ASCII characters is confirmed with `startsWith` too).
 * Measured on the 524 recipients' answers of the corpus's maildir/bsd messages, matchPhrases per answer:
 * 3.46 µs with a Map per text position, 2.00 µs with a hash of the first three characters, 0.70 µs with
 * this automaton, 0.60 µs with rows a power of two long and the has-output bit in the table (the scan
 * alone: 7.2 -> 4.7 ns per character).
 */

/**
 * Characters of each literal in the automaton. Literals that share their first TRIE_DEPTH characters
 * share a state and are told apart by `startsWith` (at most 6 of the phrases do at 12). Measured for the
 * phrase table (cold build in a fresh process; matchPhrases per corpus answer): depth 8: 3.1 ms, 1.14 µs;
 * 12: ~4,200 states, 4.7 ms, 0.70 µs; 16: 7.2 ms, 0.70 µs; whole phrases: 14 ms, 0.61 µs. At 12 the phrase
 * table takes ~650 KB (rows of 64 two-byte entries, and the 64 KB column table); the catalogs' ~270 KB.
 */
const TRIE_DEPTH = 12;

export interface LiteralIndex {
  /** The literals, by id (their position in the list given to buildLiteralIndex). */
  readonly literals: readonly string[];
  /** Column of each UTF-16 code unit: one per ASCII character the literals use, one for the rest. */
  readonly column: Uint8Array;
  /** log2 of the row length (the columns rounded up to a power of two: a shift instead of a multiply). */
  readonly shift: number;
  /**
   * The next state for ((state << shift) + column), plus `hasOutput` when that state ends literals: the
   * scan tests one bit instead of reading where each state's outputs are.
   */
  readonly next: Uint16Array | Int32Array;
  readonly hasOutput: number;
  /** Per state: the range [outFrom, outTo) of `out` listing the literals that end there (suffixes included). */
  readonly outFrom: Int32Array;
  readonly outTo: Int32Array;
  readonly out: Int32Array;
  /** Per literal id: characters it has in the automaton, and whether a match there must be confirmed. */
  readonly depth: Int32Array;
  readonly confirm: Uint8Array;
}

/** True when the text holds a character outside ASCII (such a literal is confirmed with `startsWith`). */
function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 128) return true;
  return false;
}

/**
 * Builds the index (its callers do it once, on their first match); `literals` should be lower case if the texts scanned are.
 * Written for a cold start (it runs once per process, before the engine optimizes anything): each
 * state's row of the table is its fallback's row copied with copyWithin, then its own edges.
 * Measured for the phrase table: 25 ms with every cell computed in a loop and nested arrays, 4.7 ms this way.
 */
export function buildLiteralIndex(literals: readonly string[]): LiteralIndex {
  const column = new Uint8Array(128);
  let width = 1; // column 0: ASCII characters no literal uses
  for (const literal of literals) {
    for (let i = 0; i < Math.min(literal.length, TRIE_DEPTH); i++) {
      const c = literal.charCodeAt(i);
      if (c < 128 && column[c] === 0) column[c] = width++;
    }
  }
  const nonAscii = width++;

  // The trie, in flat typed arrays (nested arrays cost ~6 ms more at a cold start): per state its first
  // child, per child its next sibling and its column, and per state the literals ending there as a list
  // through `endNext` (ids in the order given).
  let capacity = 1;
  for (const literal of literals) capacity += Math.min(literal.length, TRIE_DEPTH);
  const firstChild = new Int32Array(capacity).fill(-1);
  const sibling = new Int32Array(capacity);
  const columnIn = new Int32Array(capacity);
  const firstEnd = new Int32Array(capacity).fill(-1);
  const lastEnd = new Int32Array(capacity);
  const endNext = new Int32Array(literals.length).fill(-1);
  const childOf = new Map<number, number>();
  const depth = new Int32Array(literals.length);
  const confirm = new Uint8Array(literals.length);
  let states = 1;
  for (let id = 0; id < literals.length; id++) {
    const literal = literals[id]!;
    if (literal.length === 0) continue;
    let state = 0;
    const d = Math.min(literal.length, TRIE_DEPTH);
    for (let i = 0; i < d; i++) {
      const c = literal.charCodeAt(i);
      const k = c < 128 ? column[c]! : nonAscii;
      const key = state * width + k;
      let child = childOf.get(key);
      if (child === undefined) {
        child = states++;
        childOf.set(key, child);
        columnIn[child] = k;
        sibling[child] = firstChild[state]!;
        firstChild[state] = child;
      }
      state = child;
    }
    if (firstEnd[state] === -1) firstEnd[state] = id;
    else endNext[lastEnd[state]!] = id;
    lastEnd[state] = id;
    depth[id] = d;
    confirm[id] = literal.length > TRIE_DEPTH || hasNonAscii(literal) ? 1 : 0;
  }

  // Breadth first (a state's fallback, the longest proper suffix that is a state, is shallower and so
  // done before it): the full transitions, and the literals ending at each state or at its fallbacks.
  // A state's row is its fallback's row, then its own edges; an edge's target carries `hasOutput` when
  // the target ends literals (its own, or its fallback's: known when its parent is done).
  let shift = 0;
  while (1 << shift < width) shift++;
  const big = states >= 0x8000;
  const hasOutput = big ? 0x40000000 : 0x8000;
  const next = big ? new Int32Array(states << shift) : new Uint16Array(states << shift);
  const fallback = new Int32Array(states);
  const outputs: number[][] = new Array<number[]>(states);
  const none: number[] = [];
  const queue = new Int32Array(states);
  let queued = 1;
  for (let q = 0; q < queued; q++) {
    const state = queue[q]!;
    const back = fallback[state]!;
    const inherited = state === 0 ? none : outputs[back]!;
    if (firstEnd[state] === -1) outputs[state] = inherited;
    else {
      const own: number[] = [];
      for (let id = firstEnd[state]!; id !== -1; id = endNext[id]!) own.push(id);
      outputs[state] = own.concat(inherited);
    }
    const row = state << shift;
    if (state !== 0) next.copyWithin(row, back << shift, (back << shift) + width);
    for (let child = firstChild[state]!; child !== -1; child = sibling[child]!) {
      const k = columnIn[child]!;
      const childBack = state === 0 ? 0 : next[row + k]!;
      fallback[child] = childBack & (hasOutput - 1);
      next[row + k] = firstEnd[child] !== -1 || childBack & hasOutput ? child | hasOutput : child;
      queue[queued++] = child;
    }
  }
  const outFrom = new Int32Array(states);
  const outTo = new Int32Array(states);
  const out: number[] = [];
  for (let s = 0; s < states; s++) {
    outFrom[s] = out.length;
    for (const id of outputs[s]!) out.push(id);
    outTo[s] = out.length;
  }
  const fullColumn = new Uint8Array(0x10000).fill(nonAscii);
  fullColumn.set(column);
  return {
    literals, column: fullColumn, shift, next, hasOutput, outFrom, outTo, out: Int32Array.from(out), depth, confirm,
  };
}

/**
 * Calls `found(id, at)` for every occurrence of a literal in `text` (`at`: where it starts), in the order
 * the occurrences end. The empty literal is never reported. Pure apart from what `found` does.
 */
export function scanLiterals(index: LiteralIndex, text: string, found: (id: number, at: number) => void): void {
  const { literals, column, shift, next, hasOutput, outFrom, outTo, out, depth, confirm } = index;
  const stateMask = hasOutput - 1;
  let entry = 0;
  for (let i = 0; i < text.length; i++) {
    entry = next[((entry & stateMask) << shift) + column[text.charCodeAt(i)]!]!;
    if ((entry & hasOutput) === 0) continue;
    const state = entry & stateMask;
    const end = outTo[state]!;
    for (let k = outFrom[state]!; k < end; k++) {
      const id = out[k]!;
      const at = i + 1 - depth[id]!;
      if (confirm[id] === 0 || text.startsWith(literals[id]!, at)) found(id, at);
    }
  }
}
