/**
 * `npm run bench:corpus`: agreement with ../shared/corpus/labels.tsv, in-memory speed, and the whole
 * `bounce-doctor classify --json` process over the maildir/bsd files ten times over (issue 2's target).
 * Prints figures; asserts nothing (test/corpus.test.ts holds the floors).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { CORPUS_DIR, corpusAvailable, emlNames, readCorpusFile, scoreCorpus } from '../test/corpus-score.ts';
import { classify, classifyText } from '../src/core/classify/index.ts';
import { readBounce } from '../src/core/read/index.ts';
import { parseMime } from '../src/core/read/mime.ts';
import { median } from './median.ts';

function pct(n: number, d: number): string {
  return d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`;
}

async function main(): Promise<void> {
  if (!corpusAvailable()) {
    console.log(`bench:corpus skipped: no corpus at ${CORPUS_DIR} (../shared/corpus relative to the project root).`);
    return;
  }
  const score = await scoreCorpus();
  console.log(`Corpus: ${CORPUS_DIR}`);
  console.log(`Label rows scored: ${score.rows}; skipped (file absent, held out): ${score.skippedRows}`);
  console.log(`reason      ${score.reasonAgree}/${score.rows}  ${pct(score.reasonAgree, score.rows)}`);
  console.log(`status      ${score.statusAgree}/${score.rows}  ${pct(score.statusAgree, score.rows)}`);
  console.log(`reply code  ${score.replyAgree}/${score.rows}  ${pct(score.replyAgree, score.rows)}`);
  console.log(`recipients  ${score.recipientsFound}/${score.rows}  ${pct(score.recipientsFound, score.rows)} found`);
  console.log(`twins       ${score.twinAgree}/${score.twinPairs}  ${pct(score.twinAgree, score.twinPairs)} dos/mac copies classified like their twin`);
  for (const t of score.twinMisses) console.log(`  twin differs: ${t}`);

  const verbose = process.argv.includes('--all');
  for (const field of ['recipient', 'reason', 'status', 'replyCode'] as const) {
    const misses = score.misses.filter((m) => m.field === field);
    if (misses.length === 0) continue;
    console.log(`\nMisses on ${field} (${misses.length}), grouped by expected reason/value:`);
    if (field === 'status' || field === 'replyCode') {
      // An implied status (x.0.9NN) follows the reason: separate those misses from codes misread.
      const reasonMissed = new Set(score.misses.filter((m) => m.field === 'reason' || m.field === 'recipient').map((m) => `${m.sample}#${m.index}`));
      const followReason = misses.filter((m) => reasonMissed.has(`${m.sample}#${m.index}`)).length;
      console.log(`  (${followReason} on rows whose reason or recipient also misses; ${misses.length - followReason} on rows whose reason agrees)`);
    }
    const groups = new Map<string, string[]>();
    for (const m of misses) {
      const key = `${m.expected} → ${m.got}`;
      groups.set(key, [...(groups.get(key) ?? []), `${m.sample.replace('maildir/', '')}#${m.index}`]);
    }
    for (const [key, files] of [...groups.entries()].sort((a, b) => b[1].length - a[1].length)) {
      const shown = verbose ? files : files.slice(0, 6);
      console.log(`  ${key} (${files.length}): ${shown.join(' ')}${shown.length < files.length ? ' …' : ''}`);
    }
  }

  // Speed, in memory: every maildir/bsd message read and classified, several rounds after a warm-up.
  const dir = join(CORPUS_DIR, 'maildir', 'bsd');
  const bsdFiles = emlNames(dir).map((n) => join(dir, n));
  const texts = bsdFiles.map((f) => readCorpusFile(f));
  for (const t of texts) await classifyText(t);
  const rounds = 5;
  const times: number[] = [];
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) {
      const t0 = performance.now();
      await classifyText(t);
      times.push(performance.now() - t0);
    }
  }
  const total = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  times.sort((a, b) => a - b);
  const q = (p: number): number => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  console.log(`\nSpeed (in memory, ${texts.length} maildir/bsd messages × ${rounds}): ${Math.round((times.length * 1000) / total)} messages/s; p50 ${q(0.5).toFixed(3)} ms, p99 ${q(0.99).toFixed(3)} ms per message`);
  // The machine may be shared: CPU time spent by this process is steadier than wall time.
  console.log(`CPU time: ${cpuMs.toFixed(0)} ms for ${times.length} messages (${Math.round((times.length * 1000) / cpuMs)} messages per CPU-second, ${(cpuMs / times.length).toFixed(3)} ms each)`);

  // Where the time goes: the same messages through postal-mime alone (parseMime, what every read
  // costs at least), through the whole reader, and through the classifier on already-read bounces.
  const parsed = await Promise.all(texts.map((t) => readBounce(t)));
  const cpuPerMessage = async (work: (i: number) => unknown): Promise<number> => {
    for (let i = 0; i < texts.length; i++) await work(i);
    const before = process.cpuUsage();
    for (let r = 0; r < rounds; r++) for (let i = 0; i < texts.length; i++) await work(i);
    const used = process.cpuUsage(before);
    return (used.user + used.system) / (rounds * texts.length);
  };
  const mimeUs = await cpuPerMessage((i) => parseMime(texts[i]!));
  const readUs = await cpuPerMessage((i) => readBounce(texts[i]!));
  const classifyUs = await cpuPerMessage((i) => classify(parsed[i]!));
  console.log(`CPU per message: postal-mime (parseMime) ${mimeUs.toFixed(0)} µs; whole reader (readBounce) ${readUs.toFixed(0)} µs, so our reading ${(readUs - mimeUs).toFixed(0)} µs; classify ${classifyUs.toFixed(0)} µs`);

  wholeProcess(bsdFiles);
  await floorProcess(bsdFiles);
}

/** Runs of the whole command per thread setting: the median and the best are printed. */
const PROCESS_RUNS = 3;
/** Times each bsd file is given, as the reference run does (629 files × 10 there). */
const PROCESS_REPEAT = 10;
/** Messages in the reference run (629 files × 10), for scaling the floor to it. */
const REFERENCE_MESSAGES = 6290;

/** Wall and CPU medians of PROCESS_RUNS runs of `node script ...args` (CPU read from a "CPU ms" line the script writes to stderr). */
function timeRuns(script: string, args: string[], env: NodeJS.ProcessEnv): { wall: number; bestWall: number; cpu: number } {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let r = 0; r < PROCESS_RUNS; r++) {
    const t0 = performance.now();
    const run = spawnSync(process.execPath, [script, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    walls.push(performance.now() - t0);
    cpus.push(Number(/\nCPU ([0-9.]+)\n/.exec(`\n${run.stderr}`)?.[1] ?? NaN));
  }
  return { wall: median(walls) / 1000, bestWall: Math.min(...walls) / 1000, cpu: median(cpus) / 1000 };
}

/**
 * The command as a user runs it (built bundle, one process, JSON lines to a discarded stdout), once on
 * one thread and once with the default threads. CPU is the whole process's user+sys (all threads), read
 * by a small wrapper at exit, so it works wherever Node does.
 */
function wholeProcess(files: string[]): void {
  const bundle = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist-cli', 'cli.mjs');
  if (!existsSync(bundle)) {
    console.log('\nWhole process: skipped, no dist-cli/cli.mjs (run `npm run build:cli` first).');
    return;
  }
  const args = Array.from({ length: PROCESS_REPEAT }, () => files).flat();
  // A file, not `node -e`: worker threads inherit the process's options, and --input-type stops them.
  const wrapper = join(mkdtempSync(join(tmpdir(), 'bench-corpus-')), 'run-cli.mjs');
  writeFileSync(wrapper, `const { main } = await import(${JSON.stringify(pathToFileURL(bundle).href)});
process.exitCode = await main(process.argv.slice(2));
const u = process.cpuUsage(); process.stderr.write('\\nCPU ' + (u.user + u.system) / 1000 + '\\n');
`);
  console.log(`\nWhole process: bounce-doctor classify --json, ${files.length} maildir/bsd files × ${PROCESS_REPEAT} (${args.length} files), ${PROCESS_RUNS} runs each:`);
  for (const threads of ['1', '']) {
    const t = timeRuns(wrapper, ['classify', '--json', ...args], { ...process.env, BOUNCE_DOCTOR_THREADS: threads });
    const label = threads === '1' ? 'one thread     ' : 'default threads';
    console.log(`  ${label}: wall median ${t.wall.toFixed(2)} s (best ${t.bestWall.toFixed(2)} s), CPU median ${t.cpu.toFixed(2)} s`);
  }
}

/**
 * The floor under that run (scripts/mime-floor.ts): the same files only read, decoded and parsed by
 * postal-mime, in a process of its own, on one thread and on one thread per core. The classify run
 * cannot beat it, so it says how much of the 0.5 s budget the MIME library alone takes here.
 */
async function floorProcess(files: string[]): Promise<void> {
  const { build } = await import('vite');
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const outDir = mkdtempSync(join(tmpdir(), 'bench-floor-'));
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: join(root, 'scripts', 'mime-floor.ts'),
      outDir,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { entryFileNames: 'mime-floor.mjs', format: 'es' } },
    },
    ssr: { noExternal: true, target: 'node' },
  });
  const args = Array.from({ length: PROCESS_REPEAT }, () => files).flat();
  console.log(`\nFloor: the same ${args.length} files only read and parsed by postal-mime (scripts/mime-floor.ts), ${PROCESS_RUNS} runs each:`);
  for (const threads of [1, availableParallelism()]) {
    const t = timeRuns(join(outDir, 'mime-floor.mjs'), [String(threads), ...args], process.env);
    const scaled = (t.wall * REFERENCE_MESSAGES) / args.length;
    console.log(`  ${String(threads).padStart(2)} thread(s): wall median ${t.wall.toFixed(2)} s (best ${t.bestWall.toFixed(2)} s), CPU median ${t.cpu.toFixed(2)} s; scaled to ${REFERENCE_MESSAGES} messages ≈ ${scaled.toFixed(2)} s`);
  }
}

await main();
