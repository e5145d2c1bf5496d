/**
 * Invariants of the reader and the classifier for ANY input, checked on mutated messages: the real
 * bounces of ../shared/corpus/maildir/bsd (when present) and the synthetic ones of
 * fuzz-reader.helpers.ts, cut, shuffled, nested, re-encoded, quoted and sprinkled with odd characters.
 *
 * Invariants (fuzz-reader.helpers.ts): readBounce never rejects and classify never throws; every field
 * has its type; at most MAX_RECIPIENTS recipients; a span is -1/-1 or lies in the input and covers
 * exactly its text, a code's span not inside a longer number or word; an address is '' or
 * local@domain; codes have their shape (a reply code of the status's class); the reason is in the
 * vocabulary; classify(readBounce(x)) is the same every time, also after other inputs were read; the
 * CRLF and CR-only forms of an input give the same recipients and reasons as its LF form.
 *
 * Reproducible: FUZZ_SEED (a number, or "random") and FUZZ_CASES change the run; FUZZ_ONLY=<case>
 * runs one case. A failure names the seed and the case. No timing is asserted (benches measure speed).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBounce } from '../src/core/read/index.ts';
import { classify } from '../src/core/classify/index.ts';
import type { Classification } from '../src/core/classify/types.ts';
import { CORPUS_DIR, maildirMessages } from './corpus-score.ts';
import {
  classificationProblems, lineEndTwins, makeCase, parsedProblems, signature, SYNTHETIC, type FuzzCase, type Source,
} from './fuzz-reader.helpers.ts';

const BSD_DIR = join(CORPUS_DIR, 'maildir', 'bsd');

/** The fixed default seed keeps CI reproducible; FUZZ_SEED=random explores. */
const DEFAULT_SEED = 20260302;
const SEED = process.env.FUZZ_SEED === 'random' ? (Math.random() * 2 ** 32) >>> 0 : Number(process.env.FUZZ_SEED ?? DEFAULT_SEED) >>> 0;
/** Cases per run: about 5 s on one core of the 2-core test machine. */
const CASES = Number(process.env.FUZZ_CASES ?? 3000);
const ONLY = process.env.FUZZ_ONLY === undefined ? null : Number(process.env.FUZZ_ONLY);
/** Problems listed in a failure message: the first few say enough; the rest repeat them. */
const MAX_REPORTED = 12;

const corpusPresent = existsSync(BSD_DIR);
if (!corpusPresent) console.warn(`fuzz-reader: no corpus at ${BSD_DIR}; mutating the built-in synthetic bounces only`);
const corpus: Source[] = maildirMessages('bsd');
const sources: Source[] = [...SYNTHETIC, ...corpus];

/** Reads and classifies; an exception or a rejection becomes a problem instead of ending the run. */
async function run(input: string): Promise<{ c: Classification | null; problems: string[] }> {
  try {
    const parsed = await readBounce(input);
    const problems = parsedProblems(parsed, input);
    const c = classify(parsed);
    return { c, problems: [...problems, ...classificationProblems(c, input)] };
  } catch (error) {
    return { c: null, problems: [`threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`] };
  }
}

/** Every invariant on one input; `previous` is read in between the two runs so no cache can hide a difference. */
async function check(input: string, previous: string): Promise<string[]> {
  const first = await run(input);
  if (!first.c) return first.problems;
  const problems = [...first.problems];
  await run(previous);
  const again = await run(input);
  if (again.c && JSON.stringify(again.c) !== JSON.stringify(first.c)) problems.push('not deterministic: a second run gave another result');
  const twins = lineEndTwins(input);
  const lf = twins.lf === input ? first : await run(twins.lf);
  const base = lf.c ? signature(lf.c) : '';
  for (const [name, text] of [['CRLF', twins.crlf], ['CR', twins.cr]] as const) {
    const other = await run(text);
    problems.push(...other.problems.map((p) => `${name} form: ${p}`));
    if (lf.c && other.c && signature(other.c) !== base) problems.push(`${name} form differs from LF form: ${signature(other.c)} vs ${base}`);
  }
  return problems;
}

function describeFailure(k: FuzzCase, problems: string[]): string {
  const head = k.input.length > 300 ? `${k.input.slice(0, 300)}…` : k.input;
  return [
    `case ${k.index} (seed ${SEED}; replay: FUZZ_SEED=${SEED} FUZZ_ONLY=${k.index}), from ${k.source} via ${k.applied.join(' + ')}, ${k.input.length} chars`,
    ...problems.slice(0, 5).map((p) => `  - ${p}`),
    `  input starts: ${JSON.stringify(head)}`,
  ].join('\n');
}

describe('reader and classifier invariants', () => {
  it('hold for the built-in bounces and hostile inputs as they are', async () => {
    const fixed = [
      ...SYNTHETIC.map((s) => s.text),
      '', ' \n\t', '\0'.repeat(2000), '\ufeff', 'a@'.repeat(500_000), `${'x'.repeat(1_000_000)}@example.org`,
      '<script>alert(1)</script>', 'Final-Recipient: rfc822; \nStatus: 5.1.1\n', 'From: a\nTo: b\n\n'.repeat(3),
    ];
    for (const input of fixed) expect(await check(input, ''), JSON.stringify(input.slice(0, 80))).toEqual([]);
    // The synthetic bounces are read as bounces: the fuzz cases start from real findings, not from nothing.
    for (const s of SYNTHETIC.filter((x) => x.name !== 'arf' && x.name !== 'autoreply')) {
      const c = classify(await readBounce(s.text));
      expect(c.isBounce, s.name).toBe(true);
      expect(c.recipients.length, s.name).toBeGreaterThan(0);
    }
  }, 60_000);

  it(`hold for ${ONLY === null ? CASES : 1} mutated messages (seed ${SEED}, ${corpus.length} corpus + ${SYNTHETIC.length} synthetic sources)`, async () => {
    const failures: string[] = [];
    let previous = SYNTHETIC[0]!.text;
    const indexes = ONLY === null ? Array.from({ length: CASES }, (_, i) => i) : [ONLY];
    for (const i of indexes) {
      const k = makeCase(SEED, i, sources, SYNTHETIC.length);
      const problems = await check(k.input, previous);
      if (problems.length > 0) failures.push(describeFailure(k, problems));
      if (failures.length >= MAX_REPORTED) break;
      previous = k.input;
    }
    expect(failures, failures.join('\n\n')).toEqual([]);
  }, 300_000);
});
