/**
 * Classifies a long list of files on worker threads (one process), printing results in input order.
 *
 * Why: reading and classifying is CPU-bound (postal-mime plus our reader, ~0.2–0.4 ms per message), and
 * a batch run has one core busy while the others idle. Workers take chunks of file names and, by
 * default, run only the first step of the reader on them (read, decode, MIME-parse: prepareBatch);
 * the main thread finishes each prepared chunk (rest of the reader, classifier, JSON: finishBatch) and
 * writes each chunk's text as soon as every chunk before it is written. See classifyInPool for why
 * the work is split this way and how both sides are kept busy.
 *
 * Limits: only used from the built bundle (dist-cli/, where classify-worker.mjs sits next to this
 * code), by default only on POOL_MIN_CORES cores or more, and for lists of at least POOL_MIN_FILES
 * files; otherwise, and when a worker cannot start,
 * the caller classifies on the main thread alone. Standard input ("-") is never sent to a worker.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BatchResult } from './classify.ts';
import type { PreparedBatch } from './prepare-batch.ts';

/** The worker bundle's file name, next to the CLI bundle (vite.cli.config.ts builds both). */
const WORKER_FILE = './classify-worker.mjs';

/**
 * Below this many files a worker's start-up (loading the bundle, ~30–60 ms) costs more than it saves.
 */
const POOL_MIN_FILES = 200;

/** Files per chunk: small enough to keep every thread busy to the end, large enough that messages are few. */
const CHUNK_FILES = 48;

/** Chunks a worker holds at once, so it never waits for the main thread between two chunks. */
const CHUNKS_IN_FLIGHT = 2;

/** What a worker does with a chunk: only the first step of the reader, or everything up to the printed lines. */
export type ChunkMode = 'prepare' | 'classify';

/** A chunk handed to a worker. */
export interface ChunkRequest {
  /** Index of the chunk in input order. */
  id: number;
  /** File names of the chunk. */
  files: string[];
  /** Print JSON lines rather than the readable summary. */
  json: boolean;
  /** 'prepare': read and MIME-parse only (prepareBatch); 'classify': the printed lines (classifyBatch). */
  mode: ChunkMode;
}

/** A worker's answer for one chunk. */
export type ChunkAnswer =
  | { id: number; mode: 'prepare'; batch: PreparedBatch }
  | { id: number; mode: 'classify'; result: BatchResult };

/**
 * Fewest cores for the pool to be used by default. Measured on a 2-core machine shared with other
 * work (5,050 corpus messages, 8 alternating runs, load ~2 from other processes): one thread 1.56–2.10 s
 * wall (median 1.73), 2.26 s CPU; main thread + 1 worker with the split work 1.33–1.76 s wall (median
 * 1.64), 2.96 s CPU. In quieter moments the pool's wall gain was larger (1.25–1.37 s against 1.5–1.6 s).
 * With every thread running the whole pipeline the second thread gained nothing on 2 cores, which is
 * why this was 4 before the split. The pool trades CPU for wall time; BOUNCE_DOCTOR_THREADS=1 keeps a
 * batch on one thread.
 */
const POOL_MIN_CORES = 2;

/** Most threads ever started, whatever BOUNCE_DOCTOR_THREADS says: each isolate costs memory and start-up. */
const MAX_THREADS = 16;

/**
 * Threads to use (at most MAX_THREADS), the main thread included: BOUNCE_DOCTOR_THREADS when set (1 turns the pool off),
 * else one per core from POOL_MIN_CORES cores up, else 1.
 */
function workerCount(): number {
  const set = Number.parseInt(process.env['BOUNCE_DOCTOR_THREADS'] ?? '', 10);
  const cores = availableParallelism();
  const threads = Number.isFinite(set) && set > 0 ? set : cores >= POOL_MIN_CORES ? cores : 1;
  return Math.min(threads, MAX_THREADS);
}

/** The two steps the main thread runs itself (classify.ts), passed in so this file does not load the reader. */
export interface PoolSteps {
  /** A whole chunk: read, classify, print (also what a worker runs in 'classify' mode). */
  classifyBatch: (files: readonly string[], json: boolean) => Promise<BatchResult>;
  /** The rest of a chunk a worker prepared. */
  finishBatch: (batch: PreparedBatch, json: boolean) => Promise<BatchResult>;
}

/** A chunk's state on the main thread: finished lines, or prepared messages still to finish. */
type Slot = { kind: 'done'; result: BatchResult } | { kind: 'prepared'; batch: PreparedBatch };

/**
 * Prepared chunks the main thread may have waiting before workers are given whole chunks instead: the
 * main thread is then the slower side, and waiting chunks only hold memory.
 */
const MAX_PREPARED_WAITING = 2;

/**
 * Classifies `files` with worker threads and prints the results in input order. Returns whether any
 * file failed, or null when the pool does not apply (the caller then works alone).
 *
 * Work split: workers prepare chunks (read, decode, MIME-parse: prepareBatch) and the main thread
 * finishes them (rest of the reader, classifier, JSON) and prints. Each thread then compiles only its
 * own half: V8 compiles per thread, and with every thread running the whole pipeline each one paid
 * the whole warm-up again (~0.5–0.8 s CPU per extra thread for 5,050 messages). The split keeps both
 * sides busy by itself: while no prepared chunk is ready (at start-up) the main thread classifies
 * whole chunks, and while more than MAX_PREPARED_WAITING prepared chunks wait for it the workers are
 * given whole chunks.
 */
export async function classifyInPool(files: readonly string[], json: boolean, steps: PoolSteps): Promise<boolean | null> {
  const workerUrl = new URL(WORKER_FILE, import.meta.url);
  const threads = workerCount();
  if (threads < 2 || files.length < POOL_MIN_FILES || files.includes('-')) return null;
  if (!import.meta.url.endsWith('.mjs') || !existsSync(fileURLToPath(workerUrl))) return null;

  const chunks: string[][] = [];
  for (let at = 0; at < files.length; at += CHUNK_FILES) chunks.push(files.slice(at, at + CHUNK_FILES));
  const slots: (Slot | undefined)[] = new Array(chunks.length);
  let next = 0;
  let written = 0;
  let preparedWaiting = 0;
  let failed = false;
  let workerError: unknown = null;
  // Resolves the main loop's wait for a worker answer.
  let wake: (() => void) | null = null;
  const notify = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };

  const workers: { worker: Worker; busy: number }[] = [];
  const give = (entry: { worker: Worker; busy: number }): void => {
    while (entry.busy < CHUNKS_IN_FLIGHT && next < chunks.length) {
      const mode: ChunkMode = preparedWaiting > MAX_PREPARED_WAITING ? 'classify' : 'prepare';
      const request: ChunkRequest = { id: next, files: chunks[next]!, json, mode };
      next++;
      entry.busy++;
      entry.worker.postMessage(request);
    }
  };
  // The workers: one fewer than the threads, since the main thread works too.
  for (let i = 0; i < threads - 1; i++) {
    const entry = { worker: new Worker(workerUrl), busy: 0 };
    workers.push(entry);
    entry.worker.on('message', (answer: ChunkAnswer) => {
      entry.busy--;
      if (answer.mode === 'prepare') {
        slots[answer.id] = { kind: 'prepared', batch: answer.batch };
        preparedWaiting++;
      } else {
        slots[answer.id] = { kind: 'done', result: answer.result };
      }
      give(entry);
      notify();
    });
    entry.worker.on('error', (error) => {
      workerError ??= error;
      notify();
    });
    // A worker that stops with chunks unanswered would leave the main thread waiting for them.
    entry.worker.on('exit', (code) => {
      if (entry.busy === 0) return;
      workerError ??= new Error(`a classify worker stopped with ${entry.busy} chunk(s) unanswered (exit code ${code})`);
      notify();
    });
    give(entry);
  }

  const yieldToEvents = (): Promise<void> => new Promise<void>((r) => setImmediate(r));
  try {
    while (written < chunks.length) {
      if (workerError !== null) throw workerError;
      const slot = slots[written];
      if (slot) {
        slots[written] = undefined;
        let result: BatchResult;
        if (slot.kind === 'prepared') {
          preparedWaiting--;
          result = await steps.finishBatch(slot.batch, json);
        } else {
          result = slot.result;
        }
        if (result.errors) process.stderr.write(result.errors);
        if (result.out) process.stdout.write(result.out);
        failed ||= result.failed;
        written++;
        for (const entry of workers) give(entry);
      } else if (next < chunks.length) {
        // Nothing ready in order yet (workers still starting): classify a whole chunk here.
        const id = next++;
        slots[id] = { kind: 'done', result: await steps.classifyBatch(chunks[id]!, json) };
      } else {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        continue;
      }
      // Let worker answers in between the chunks.
      await yieldToEvents();
    }
  } finally {
    for (const { worker } of workers) void worker.terminate();
  }
  return failed;
}
