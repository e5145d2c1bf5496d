/**
 * npm run bench:diagnose — how close a whole diagnosis gets to its floor.
 *
 * Serves one realistic scenario (bench-diagnose-scenario.ts) from the local DNS stack (nsd + dnsdist,
 * test/dns-server) with a fixed delay added to every DoH answer, runs classify + diagnose through the real
 * DoH resolver, and prints the total time divided by (longest dependent chain of lookups x the delay).
 * 1.0 is the floor: nothing waited that need not wait. Target: at most 1.15.
 *
 * Options: --delay MS (default 50), --runs N (default 5; each run uses a fresh resolver, so no cache
 * carries over), --json.
 */
import { createDohResolver } from '../src/core/dns/doh.ts';
import { classifyText } from '../src/core/classify/index.ts';
import { diagnose } from '../src/core/diagnose.ts';
import { startDnsStack } from '../test/dns-server/stack.ts';
import { LONGEST_CHAIN, scenarioBounce, scenarioZones } from './bench-diagnose-scenario.ts';
import { chainRanInOrder, loggingResolver, observedDepth } from './bench-diagnose-log.ts';

/** The issue's target for total / (chain x delay). */
const TARGET_RATIO = 1.15;

function numberFlag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const delayMs = numberFlag('delay', 50);
const runs = Math.round(numberFlag('runs', 5));
const asJson = process.argv.includes('--json');
/** --verbose: the query timeline of every run. */
const verbose = process.argv.includes('--verbose');

interface RunFigures {
  totalMs: number;
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
  const log = loggingResolver(createDohResolver({ providers: [dohUrl] }));
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
  return {
    totalMs,
    queries: log.entries.length,
    observedDepth: observedDepth(log.entries),
    chainOk: chain.ok,
    chainError: chain.ok ? null : chain.error,
    statuses,
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

const stack = await startDnsStack({ zones: scenarioZones(), faults: { delayMs } });
try {
  const bounce = scenarioBounce();
  await oneRun(stack.dohUrl, bounce); // warm-up: module code, JIT, connections
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
    target: TARGET_RATIO,
    checks: last.statuses,
  };
  if (asJson) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    const lines = [
      `bench:diagnose — ${delayMs} ms added to every DoH answer, ${runs} runs (fresh resolver each)`,
      `longest dependent chain: ${chain} lookups (${result.longestChainLookups.join(' -> ')})`,
      `  reasoned from the scenario; ${result.chainSeenInLog ? 'seen in the query log, in order' : `NOT confirmed by the log: ${result.chainError}`}`,
      `  deepest run of lookups each waiting for the previous, from the log: ${result.observedDepth}`,
      `lookups per diagnosis: ${result.queriesPerRun}`,
      `checks: ${Object.entries(result.checks).map(([k, v]) => `${k}=${v}`).join(' ')}`,
      `total diagnosis time: median ${result.totalMsMedian} ms (min ${result.totalMsMin}, max ${result.totalMsMax})`,
      `total / (chain x delay) = ${result.totalMsMedian} / (${chain} x ${delayMs}) = ${result.ratioMedian} (worst run ${result.ratioMax}); target <= ${TARGET_RATIO}: ${result.ratioMedian <= TARGET_RATIO ? 'met' : 'NOT met'}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
} finally {
  await stack.stop();
}
