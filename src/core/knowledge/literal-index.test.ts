import { describe, expect, it } from 'vitest';
import { buildLiteralIndex, scanLiterals } from './literal-index.ts';

/** Every (id, at) a plain search finds, sorted. */
function naive(literals: string[], text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let at = 0; at < text.length; at++) {
    literals.forEach((l, id) => {
      if (l.length > 0 && text.startsWith(l, at)) out.push([id, at]);
    });
  }
  return sorted(out);
}

function sorted(pairs: [number, number][]): [number, number][] {
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** What scanLiterals reports, sorted; checks on the way that occurrences come in the order they end. */
function scanned(literals: string[], text: string): [number, number][] {
  const out: [number, number][] = [];
  let lastEnd = 0;
  scanLiterals(buildLiteralIndex(literals), text, (id, at) => {
    const end = at + literals[id]!.length;
    expect(end).toBeGreaterThanOrEqual(lastEnd);
    lastEnd = end;
    out.push([id, at]);
  });
  return sorted(out);
}

/** A fixed pseudo-random sequence (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('scanLiterals', () => {
  it('finds every occurrence, overlapping ones and ones at the very end included', () => {
    const literals = ['mailbox full', 'mailbox', 'mail', 'box', 'ox f', 'ull', 'x', 'fu'];
    const text = 'your mailbox full, mailbox fully full';
    expect(scanned(literals, text)).toEqual(naive(literals, text));
    expect(scanned(literals, 'ull')).toEqual([[5, 0]]);
    expect(scanned(['a', 'aa', ''], 'aaa')).toEqual([[0, 0], [0, 1], [0, 2], [1, 0], [1, 1]]);
    expect(scanned(literals, '')).toEqual([]);
    expect(scanned(literals, 'ma')).toEqual([]);
  });

  it('does not take characters that share their low 8 bits for one another', () => {
    // 'š' is U+0161 and 'a' U+0061: the same number in the key, never the same character.
    expect(scanned(['abc', 'abcdefgh'], 'šbc šbcdefgh')).toEqual([]);
    expect(scanned(['abcdefgh'], 'abcdefgš')).toEqual([]);
    expect(scanned(['boîte pleine', '権限'], 'la boîte pleine; 投稿する権限')).toEqual([[0, 3], [1, 21]]);
    expect(scanned(['投稿する権限'], '投稿する権限がありません')).toEqual([[0, 0]]);
  });

  it('confirms literals longer than the automaton depth', () => {
    const literals = ['the mailbox is full', 'the mailbox is over quota', 'the mailbox'];
    expect(scanned(literals, 'the mailbox is over quota; the mailbox is fu')).toEqual([[1, 0], [2, 0], [2, 27]]);
  });

  it('keeps working past 32,767 states (the table then holds 32-bit entries)', () => {
    const next = random(7);
    const pick = (n: number) => Array.from({ length: n }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(next() * 26)]).join('');
    const literals = Array.from({ length: 3500 }, () => pick(12));
    const text = `${literals[0]} ${literals[3499]}x${pick(40)}`;
    expect(buildLiteralIndex(literals).next).toBeInstanceOf(Int32Array);
    expect(scanned(literals, text)).toEqual(naive(literals, text));
  });

  it('agrees with a plain search on random texts over a small alphabet', () => {
    const next = random(20260501);
    const pick = (n: number, chars: string) => Array.from({ length: n }, () => chars[Math.floor(next() * chars.length)]).join('');
    for (let round = 0; round < 200; round++) {
      const literals = Array.from({ length: 12 }, () => pick(1 + Math.floor(next() * 16), 'abc šX'));
      const text = pick(Math.floor(next() * 80), 'abc šXŠ');
      expect(scanned(literals, text)).toEqual(naive(literals, text));
    }
  });
});
