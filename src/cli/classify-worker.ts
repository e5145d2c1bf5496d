/**
 * Entry point of a classify worker thread (see classify-pool.ts): answers each chunk of file names
 * with the text classifyBatch prints for it. Built as dist-cli/classify-worker.mjs.
 */
import { parentPort } from 'node:worker_threads';
import { classifyBatch } from './classify.ts';
import type { ChunkAnswer, ChunkRequest } from './classify-pool.ts';

const port = parentPort;
if (port) {
  port.on('message', (request: ChunkRequest) => {
    void classifyBatch(request.files, request.json).then((result) => {
      const answer: ChunkAnswer = { id: request.id, ...result };
      port.postMessage(answer);
    });
  });
}
