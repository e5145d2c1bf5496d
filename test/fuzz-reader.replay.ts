/**
 * Replays one fuzz case and shrinks its input while a problem persists, for investigating a failure of
 * test/fuzz-reader.test.ts (not a test itself):
 *   npx tsx test/fuzz-reader.replay.ts <seed> <case> [problem substring] [out file]
 * Prints the problems of the case, then the shrunk input (lines, then characters removed while the
 * first problem containing the substring is still reported), and writes it to the out file.
 */
import { writeFileSync } from 'node:fs';
import { readBounce } from '../src/core/read/index.ts';
import { classify } from '../src/core/classify/index.ts';
import { maildirMessages } from './corpus-score.ts';
import { classificationProblems, lineEndTwins, makeCase, parsedProblems, signature, SYNTHETIC, type Source } from './fuzz-reader.helpers.ts';

const corpus: Source[] = maildirMessages('bsd');

async function problems(input: string): Promise<string[]> {
  const out: string[] = [];
  try {
    const p = await readBounce(input);
    out.push(...parsedProblems(p, input));
    const c = classify(p);
    out.push(...classificationProblems(c, input));
    const t = lineEndTwins(input);
    const base = signature(classify(await readBounce(t.lf)));
    for (const [n, x] of [['CRLF', t.crlf], ['CR', t.cr]] as const) {
      const s = signature(classify(await readBounce(x)));
      if (s !== base) out.push(`${n} form differs from LF form: ${s} vs ${base}`);
    }
  } catch (e) {
    out.push(`threw: ${String(e)}`);
  }
  return out;
}

const [seed, index, needle = '', outFile = '/tmp/fuzz-min.txt'] = process.argv.slice(2);
const k = makeCase(Number(seed), Number(index), [...SYNTHETIC, ...corpus], SYNTHETIC.length);
const found = await problems(k.input);
console.log(`case ${index} from ${k.source} via ${k.applied.join(' + ')}:\n${found.join('\n')}`);
const fails = async (x: string): Promise<boolean> => (await problems(x)).some((p) => p.includes(needle));
let cur = k.input;
if (found.some((p) => p.includes(needle))) {
  for (const unit of ['\n', '']) {
    let parts = unit ? cur.split(unit) : [...cur];
    for (let size = Math.max(1, parts.length >> 1); size >= 1; size = size === 1 ? 0 : size >> 1) {
      for (let i = 0; i < parts.length; ) {
        const trial = [...parts.slice(0, i), ...parts.slice(i + size)];
        if (await fails(trial.join(unit))) parts = trial;
        else i += size;
      }
    }
    cur = parts.join(unit);
  }
  writeFileSync(outFile, cur);
  console.log(`\nshrunk to ${cur.length} chars (${outFile}):\n${JSON.stringify(cur)}\n${(await problems(cur)).join('\n')}`);
}
