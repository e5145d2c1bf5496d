/**
 * `npm run bench:classify`: CPU time of classify() alone, on bounces already read (readBounce is
 * measured by bench:corpus), over every maildir/bsd message of ../shared/corpus. Prints figures;
 * asserts nothing. Also prints a fingerprint of every classification of the corpus's maildir files
 * (all fields but the parsed input), so a change meant for speed can be shown not to change a result:
 * the fingerprint must stay the same. `--dump FILE` writes those classifications as JSON lines to diff.
 */
import { createHash } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, corpusAvailable, maildirMessages } from '../test/corpus-score.ts';
import { classify } from '../src/core/classify/index.ts';
import { readBounce } from '../src/core/read/index.ts';
import type { ParsedBounce } from '../src/core/read/types.ts';

/** Rounds over the corpus per measurement, and measurements (the fastest is reported: the machine is shared). */
const ROUNDS = 20;
const MEASUREMENTS = 5;

/** The messages of maildir/`variant`, read (named `variant/file.eml`). */
async function readMaildir(variant: string): Promise<{ name: string; parsed: ParsedBounce }[]> {
  return Promise.all(maildirMessages(variant).map(async ({ name, text }) => ({ name, parsed: await readBounce(text) })));
}

async function main(): Promise<void> {
  if (!corpusAvailable()) {
    console.log(`bench:classify skipped: no corpus at ${CORPUS_DIR} (../shared/corpus relative to the project root).`);
    return;
  }
  // Every maildir variant read once: bsd is timed, and all of them are fingerprinted.
  const read = new Map<string, { name: string; parsed: ParsedBounce }[]>();
  for (const variant of readdirSync(join(CORPUS_DIR, 'maildir')).sort()) read.set(variant, await readMaildir(variant));
  const bsd = (read.get('bsd') ?? []).map((f) => f.parsed);
  for (const p of bsd) classify(p);
  const perMessage: number[] = [];
  for (let m = 0; m < MEASUREMENTS; m++) {
    const before = process.cpuUsage();
    for (let r = 0; r < ROUNDS; r++) for (const p of bsd) classify(p);
    const used = process.cpuUsage(before);
    perMessage.push((used.user + used.system) / (ROUNDS * bsd.length));
  }
  perMessage.sort((a, b) => a - b);
  console.log(`classify CPU per message (${bsd.length} maildir/bsd messages × ${ROUNDS}, best of ${MEASUREMENTS}): ${perMessage[0]!.toFixed(2)} µs (median ${perMessage[Math.floor(MEASUREMENTS / 2)]!.toFixed(2)} µs)`);

  const hash = createHash('sha256');
  const lines: string[] = [];
  let count = 0;
  for (const messages of read.values()) {
    for (const { name, parsed } of messages) {
      const { parsed: _input, ...result } = classify(parsed);
      const line = `${name}\t${JSON.stringify(result)}`;
      hash.update(`${line}\n`);
      lines.push(line);
      count++;
    }
  }
  console.log(`results fingerprint (${count} maildir messages): ${hash.digest('hex').slice(0, 16)}`);
  const dumpAt = process.argv.indexOf('--dump');
  if (dumpAt >= 0 && process.argv[dumpAt + 1]) writeFileSync(process.argv[dumpAt + 1]!, `${lines.join('\n')}\n`);
}

await main();
