/**
 * npm run bench:diagnose — how close a whole diagnosis gets to its floor.
 *
 * Serves one realistic scenario (bench-diagnose-scenario.ts) from the local DNS stack (nsd + dnsdist,
 * test/dns-server) with a fixed delay added to every DoH answer, runs classify + diagnose through the real
 * DoH resolver, and prints the total time divided by (longest dependent chain of lookups x the delay).
 * 1.0 is the floor: nothing waited that need not wait. Target: at most 1.15.
 *
 * The DNS stack runs in a child process (test/dns-server/serve.ts), so its HTTP front, which adds the
 * delay, does not compete with the diagnosis for this process's event loop; --in-process runs it here.
 *
 * Options: --delay MS (default 50), --runs N (default 5; each run uses a fresh resolver, so no cache
 * carries over), --max-concurrent N (the resolver's cap; its default otherwise), --in-process,
 * --verbose (query timeline of every run), --json.
 */
import { createDohResolver } from '../src/core/dns/doh.ts';
import { classifyText } from '../src/core/classify/index.ts';
import { diagnose } from '../src/core/diagnose.ts';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { cpus, loadavg } from 'node:os';
import { startDnsStack } from '../test/dns-server/stack.ts';
import { LONGEST_CHAIN, scenarioBounce, scenarioZones } from './bench-diagnose-scenario.ts';
import { chainRanInOrder, loggingResolver, observedDepth } from './bench-diagnose-log.ts';
import { median } from './median.ts';

/** The issue's target for total / (chain x delay). */
const TARGET_RATIO = 1.15;

function numberFlag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const delayMs = numberFlag('delay', 50);
const runs = Math.round(numberFlag('runs', 5));
/** --max-concurrent N: the resolver's cap on requests in flight; the resolver's own default when absent. */
const maxConcurrent = process.argv.includes('--max-concurrent') ? Math.round(numberFlag('max-concurrent', 16)) : undefined;
const asJson = process.argv.includes('--json');
/** --verbose: the query timeline of every run. */
const verbose = process.argv.includes('--verbose');

interface RunFigures {
  totalMs: number;
  /** Sum of the wall times of the longest chain's own lookups in this run (what the chain really cost). */
  chainLookupsMs: number;
  queries: number;
  observedDepth: number;
  chainOk: boolean;
  chainError: string | null;
  statuses: Record<string, string>;
}

async function oneRun(dohUrl: string, bounce: string): Promise<RunFigures> {
  const started = performance.now();
  const classification = await classifyText(bounce);
  const classifiedAt = performance.now();
  const log = loggingResolver(createDohResolver({ providers: [dohUrl], ...(maxConcurrent ? { maxConcurrent } : {}) }));
  const diagnosis = await diagnose(classification, log.resolver);
  const totalMs = performance.now() - started;
  if (verbose) {
    process.stdout.write(`classify ${(classifiedAt - started).toFixed(1)} ms, diagnose ${(performance.now() - classifiedAt).toFixed(1)} ms\n`);
    for (const e of [...log.entries].sort((a, b) => a.start - b.start)) {
      process.stdout.write(`  ${e.start.toFixed(1).padStart(7)} -> ${e.end.toFixed(1).padStart(7)}  ${e.type.padEnd(5)} ${e.name} ${e.status}\n`);
    }
    for (const c of diagnosis.checks) process.stdout.write(`  ${c.name}: ${c.status}: ${c.summary}\n`);
  }
  const chain = chainRanInOrder(log.entries, LONGEST_CHAIN);
  const statuses: Record<string, string> = {};
  for (const c of diagnosis.checks) statuses[`${c.name}(${Object.values(c.inputs).join(',')})`] = c.status;
  const chainLookupsMs = LONGEST_CHAIN.reduce((sum, link) => {
    const hit = log.entries.find((e) => e.name === link.name && e.type === link.type);
    return sum + (hit ? hit.end - hit.start : 0);
  }, 0);
  return {
    totalMs,
    chainLookupsMs,
    queries: log.entries.length,
    observedDepth: observedDepth(log.entries),
    chainOk: chain.ok,
    chainError: chain.ok ? null : chain.error,
    statuses,
  };
}

/** Lookups timed one after another to learn what one answer really costs through this harness. */
const BASELINE_LOOKUPS = 10;

/** Mean time of one lookup, alone, through the same resolver code (no cache): delay + harness overhead. */
async function perAnswerMs(dohUrl: string): Promise<number> {
  const resolver = createDohResolver({ providers: [dohUrl], cache: false });
  await resolver.query(LONGEST_CHAIN[0]!.name, 'TXT');
  const started = performance.now();
  for (let i = 0; i < BASELINE_LOOKUPS; i++) await resolver.query(LONGEST_CHAIN[i % LONGEST_CHAIN.length]!.name, 'TXT');
  return (performance.now() - started) / BASELINE_LOOKUPS;
}

const root = fileURLToPath(new URL('..', import.meta.url));
/** Start-up of the child stack: tsx compiles serve.ts, then nsd and dnsdist start (~1-3 s on a busy machine). */
const CHILD_START_TIMEOUT_MS = 30_000;

/** The scenario served by serve.ts in a child process; resolves with its DoH URL and a stop function. */
function childStack(): Promise<{ dohUrl: string; stop: () => Promise<void> }> {
  const child = spawn(`${root}node_modules/.bin/tsx`, [
    'test/dns-server/serve.ts', '--zones', 'scripts/bench-diagnose-zones.ts', '--delay-ms', String(delayMs),
  ], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { void stop(); reject(new Error(`DNS stack did not start:\n${err}`)); }, CHILD_START_TIMEOUT_MS);
    child.stderr.on('data', (chunk: Buffer) => { err += chunk.toString(); });
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const first = out.split('\n');
      if (first.length > 1) {
        clearTimeout(timer);
        resolve({ dohUrl: (first[0] as string).trim(), stop });
      }
    });
    void exited.then(() => { clearTimeout(timer); reject(new Error(`DNS stack exited during start-up:\n${err}`)); });
  });
}

const inProcess = process.argv.includes('--in-process');
const stack = inProcess ? await startDnsStack({ zones: scenarioZones(), faults: { delayMs } }) : await childStack();
// Interrupted (Ctrl-C, a timeout): stop the DNS stack first, so no daemon or child outlives the bench.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => { void stack.stop().finally(() => process.exit(130)); });
}
try {
  const bounce = scenarioBounce();
  await oneRun(stack.dohUrl, bounce); // warm-up: module code, JIT, connections
  const answerMs = await perAnswerMs(stack.dohUrl);
  const figures: RunFigures[] = [];
  for (let i = 0; i < runs; i++) figures.push(await oneRun(stack.dohUrl, bounce));

  const chain = LONGEST_CHAIN.length;
  const floorMs = chain * delayMs;
  const totals = figures.map((f) => f.totalMs);
  const ratios = totals.map((t) => t / floorMs);
  const last = figures[figures.length - 1] as RunFigures;
  const result = {
    delayMs,
    runs,
    stackInProcess: inProcess,
    maxConcurrent: maxConcurrent ?? 'resolver default',
    longestChain: chain,
    longestChainLookups: LONGEST_CHAIN.map((l) => `${l.type} ${l.name}`),
    chainSeenInLog: figures.every((f) => f.chainOk),
    chainError: figures.find((f) => !f.chainOk)?.chainError ?? null,
    observedDepth: Math.max(...figures.map((f) => f.observedDepth)),
    queriesPerRun: last.queries,
    totalMsMedian: Math.round(median(totals)),
    totalMsMin: Math.round(Math.min(...totals)),
    totalMsMax: Math.round(Math.max(...totals)),
    ratioMedian: Number(median(ratios).toFixed(3)),
    ratioMax: Number(Math.max(...ratios).toFixed(3)),
    perAnswerMs: Number(answerMs.toFixed(1)),
    chainLookupsMsMedian: Math.round(median(figures.map((f) => f.chainLookupsMs))),
    ratioToChainLookups: Number(median(figures.map((f) => f.totalMs / f.chainLookupsMs)).toFixed(3)),
    loadAverage: Number((loadavg()[0] ?? 0).toFixed(1)),
    cpus: cpus().length,
    ratioToMeasuredAnswer: Number((median(totals) / (chain * answerMs)).toFixed(3)),
    target: TARGET_RATIO,
    checks: last.statuses,
  };
  if (asJson) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    const lines = [
      `bench:diagnose — ${delayMs} ms added to every DoH answer, ${runs} runs (fresh resolver each), DNS stack ${inProcess ? 'in this process' : 'in a child process'}`,
      `longest dependent chain: ${chain} lookups (${result.longestChainLookups.join(' -> ')})`,
      `  reasoned from the scenario; ${result.chainSeenInLog ? 'seen in the query log, in order' : `NOT confirmed by the log: ${result.chainError}`}`,
      `  deepest run of lookups each waiting for the previous, from the log: ${result.observedDepth}`,
      `lookups per diagnosis: ${result.queriesPerRun}`,
      `checks: ${Object.entries(result.checks).map(([k, v]) => `${k}=${v}`).join(' ')}`,
      `total diagnosis time: median ${result.totalMsMedian} ms (min ${result.totalMsMin}, max ${result.totalMsMax})`,
      `total / (chain x delay) = ${result.totalMsMedian} / (${chain} x ${delayMs}) = ${result.ratioMedian} (worst run ${result.ratioMax}); target <= ${TARGET_RATIO}: ${result.ratioMedian <= TARGET_RATIO ? 'met' : 'NOT met'}`,
      `machine load average ${result.loadAverage} on ${result.cpus} CPUs (timings are only meaningful on a quiet machine)`,
      `one lookup alone costs ${result.perAnswerMs} ms here (the ${delayMs} ms delay + server and client overhead); total / (chain x that) = ${result.ratioToMeasuredAnswer}`,
      `the chain's ${chain} lookups took ${result.chainLookupsMsMedian} ms in the runs themselves; total / that = ${result.ratioToChainLookups} (1.0 = the diagnosis added nothing beyond its longest chain)`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
} finally {
  await stack.stop();
}
