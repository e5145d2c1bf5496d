/**
 * Classifies a long list of files on worker threads (one process), printing results in input order.
 *
 * Why: reading and classifying is CPU-bound (postal-mime plus our reader, ~0.2–0.4 ms per message), and
 * a batch run has one core busy while the others idle. Each worker takes a chunk of file names, reads
 * and classifies them itself (classifyBatch, the same code the main thread runs), and sends back the
 * printed text of the chunk; the main thread also takes chunks while the workers start, and writes
 * each chunk's text as soon as every chunk before it is written.
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

/** A chunk handed to a worker. */
export interface ChunkRequest {
  /** Index of the chunk in input order. */
  id: number;
  /** File names of the chunk. */
  files: string[];
  /** Print JSON lines rather than the readable summary. */
  json: boolean;
}

/** A worker's answer for one chunk. */
export interface ChunkAnswer extends BatchResult {
  /** Index of the chunk in input order. */
  id: number;
}

/**
 * Fewest cores for the pool to be used by default. Measured on this 2-core machine (5,050 corpus
 * messages, user+sys CPU and wall, repeated, also at nice -10): one thread 2.3–2.9 s wall with 2.5–2.9 s
 * CPU; main thread + 1 worker 2.0–2.7 s wall with 3.6–4.5 s CPU. One thread already keeps ~1.2 cores
 * busy (V8's GC and compiler threads), and each extra isolate pays ~0.5 s CPU of start-up and JIT
 * warm-up, so on 2 cores the pool gains no wall time and costs a third more CPU.
 */
const POOL_MIN_CORES = 4;

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

/**
 * Classifies `files` with worker threads and prints the results. Returns whether any file failed, or
 * null when the pool does not apply (the caller then works alone).
 */
export async function classifyInPool(
  files: readonly string[],
  json: boolean,
  classifyBatch: (files: readonly string[], json: boolean) => Promise<BatchResult>,
): Promise<boolean | null> {
  const workerUrl = new URL(WORKER_FILE, import.meta.url);
  const threads = workerCount();
  if (threads < 2 || files.length < POOL_MIN_FILES || files.includes('-')) return null;
  if (!import.meta.url.endsWith('.mjs') || !existsSync(fileURLToPath(workerUrl))) return null;

  const chunks: string[][] = [];
  for (let at = 0; at < files.length; at += CHUNK_FILES) chunks.push(files.slice(at, at + CHUNK_FILES));
  const results: (BatchResult | undefined)[] = new Array(chunks.length);
  let next = 0;
  let written = 0;
  let failed = false;

  const flush = (): void => {
    let out = '';
    while (written < chunks.length && results[written]) {
      const r = results[written]!;
      if (r.errors) process.stderr.write(r.errors);
      out += r.out;
      failed ||= r.failed;
      results[written] = undefined;
      written++;
    }
    if (out) process.stdout.write(out);
  };

  return new Promise<boolean>((resolve, reject) => {
    const workers: Worker[] = [];
    let finished = false;
    const finish = (): void => {
      if (finished || written < chunks.length) return;
      finished = true;
      for (const w of workers) void w.terminate();
      resolve(failed);
    };
    const give = (worker: Worker): boolean => {
      if (next >= chunks.length) return false;
      const request: ChunkRequest = { id: next, files: chunks[next]!, json };
      next++;
      worker.postMessage(request);
      return true;
    };
    // The workers: one fewer than the threads, since the main thread works too.
    for (let i = 0; i < threads - 1; i++) {
      const worker = new Worker(workerUrl);
      workers.push(worker);
      worker.on('message', (answer: ChunkAnswer) => {
        results[answer.id] = answer;
        flush();
        give(worker);
        finish();
      });
      worker.on('error', (error) => {
        if (!finished) {
          finished = true;
          for (const w of workers) void w.terminate();
          reject(error);
        }
      });
      for (let k = 0; k < CHUNKS_IN_FLIGHT; k++) give(worker);
    }
    // The main thread takes chunks too, one at a time, yielding between them so answers get written.
    const work = async (): Promise<void> => {
      while (next < chunks.length) {
        const id = next++;
        results[id] = await classifyBatch(chunks[id]!, json);
        flush();
        await new Promise<void>((r) => setImmediate(r));
      }
      finish();
    };
    work().catch(reject);
  });
}
