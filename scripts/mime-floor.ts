/**
 * The floor under `bounce-doctor classify`: a process that only reads each file, decodes it to text and
 * runs postal-mime on it (parseMime: the in-memory Blob and the lean build included), then exits.
 * No reading of the bounce after the MIME step, no classifying, no output. Whatever the classifier
 * does, a whole `classify` run cannot take less time than this on the same machine and thread count.
 *
 * Built into a temporary bundle and run by scripts/bench-corpus.ts as
 * `node mime-floor.mjs THREADS FILE...`: the files are cut into THREADS contiguous shares, one for the
 * main thread and one for each worker thread (this same file, started as a worker).
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { parseMime } from '../src/core/read/mime.ts';
import { decodeInput } from '../src/cli/decode-input.ts';
import { readSource } from '../src/cli/prepare-batch.ts';

/** Parses every file of `files`; returns how many parts came back, so the work cannot be optimised away. */
async function parseAll(files: string[]): Promise<number> {
  let parts = 0;
  for (const file of files) {
    const message = await parseMime(decodeInput(readSource(file)));
    parts += message ? message.headers.length + message.originals.length : 0;
  }
  return parts;
}

function shares(files: string[], threads: number): string[][] {
  const size = Math.ceil(files.length / threads);
  return Array.from({ length: threads }, (_, i) => files.slice(i * size, (i + 1) * size));
}

if (isMainThread) {
  const threads = Math.max(1, Number.parseInt(process.argv[2] ?? '1', 10) || 1);
  const [own, ...others] = shares(process.argv.slice(3), threads);
  const workers = others.map(
    (share) =>
      new Promise<number>((done, fail) => {
        const worker = new Worker(new URL(import.meta.url), { workerData: share });
        worker.once('message', done);
        worker.once('error', fail);
      }),
  );
  const parts = (await parseAll(own ?? [])) + (await Promise.all(workers)).reduce((a, b) => a + b, 0);
  const cpu = process.cpuUsage();
  process.stderr.write(`parts ${parts}\nCPU ${(cpu.user + cpu.system) / 1000}\n`);
  process.exit(0);
} else {
  parentPort?.postMessage(await parseAll(workerData as string[]));
}
