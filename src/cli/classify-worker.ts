/**
 * Entry point of a classify worker thread (see classify-pool.ts): answers each chunk of file names
 * with its prepared messages (prepareBatch) or its printed lines (classifyBatch), as the chunk's mode
 * asks. Built as dist-cli/classify-worker.mjs.
 */
import { parentPort } from 'node:worker_threads';
import { classifyBatch, prepareBatch } from './classify.ts';
import type { ChunkAnswer, ChunkRequest } from './classify-pool.ts';

const port = parentPort;
if (port) {
  port.on('message', (request: ChunkRequest) => {
    const answer: Promise<ChunkAnswer> =
      request.mode === 'prepare'
        ? prepareBatch(request.files).then((batch) => ({ id: request.id, mode: 'prepare', batch }))
        : classifyBatch(request.files, request.json).then((result) => ({ id: request.id, mode: 'classify', result }));
    void answer.then((a) => port.postMessage(a));
  });
}
