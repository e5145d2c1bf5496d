/**
 * Entry point of a classify worker thread (see classify-pool.ts): answers each chunk of file names
 * with its prepared messages (prepareBatch) or its printed lines (classifyBatch), as the chunk's mode
 * asks. Built as dist-cli/classify-worker.mjs. The classifier is loaded only when a chunk first asks
 * for printed lines: a worker that only prepares loads the first step of the reader and postal-mime.
 */
import { parentPort } from 'node:worker_threads';
import { prepareBatch } from './prepare-batch.ts';
import type { ChunkAnswer, ChunkRequest } from './classify-pool.ts';

async function answer(request: ChunkRequest): Promise<ChunkAnswer> {
  if (request.mode === 'prepare') return { id: request.id, mode: 'prepare', batch: await prepareBatch(request.files) };
  const { classifyBatch } = await import('./classify.ts');
  return { id: request.id, mode: 'classify', result: await classifyBatch(request.files, request.json) };
}

const port = parentPort;
if (port) {
  port.on('message', (request: ChunkRequest) => {
    void answer(request).then((a) => port.postMessage(a));
  });
}
