/**
 * V8 tuning for a batch run of `classify`, set once before the batch starts.
 *
 * Why: a batch is short enough that V8's optimizing compiler (TurboFan) is a large part of its cost:
 * in a CPU profile of 5,050 corpus messages about 30% of all samples were TurboFan compiling, on
 * background threads that compete with the worker threads for the cores. Limiting how much bytecode
 * TurboFan inlines into one function (--max-inlined-bytecode-size-cumulative, V8's default 920) makes
 * each compile cheaper for code that runs only a few thousand times. Measured here (Node 20.20 /
 * V8 11.3, 2 cores shared with other work, 5,050 messages, 5–6 alternating runs each): default
 * threads wall median 1.52–1.67 -> 1.25–1.37 s, CPU 2.74–3.00 -> 2.27–2.42 s; one thread CPU
 * 2.47 -> 2.14 s. Of 100, 200 and 400 bytecodes, 200 measured best; turning inlining off, worse.
 *
 * V8 flags are process-wide, so worker threads started afterwards compile the same way. The flag is
 * only set on the V8 versions it was measured with or is known to exist in (V8 prints an error for a
 * flag it does not know).
 */
import { setFlagsFromString } from 'node:v8';

/** Bytecode TurboFan inlines into one optimized function at most, in a batch run (V8's default: 920). */
const BATCH_INLINED_BYTECODE_CUMULATIVE = 200;

/** V8 major versions (Node 20 to 24) whose TurboFan has the flag under this name. */
const TUNED_V8_MAJORS: readonly number[] = [11, 12, 13];

/** Sets the batch tuning when this V8 is one it applies to; otherwise does nothing. */
export function tuneJitForBatch(): void {
  const major = Number.parseInt(process.versions.v8.split('.')[0] ?? '', 10);
  if (!TUNED_V8_MAJORS.includes(major)) return;
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${BATCH_INLINED_BYTECODE_CUMULATIVE}`);
}
