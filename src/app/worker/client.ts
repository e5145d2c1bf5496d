/**
 * The page's side of the analysis worker: created on first use, answers handed to one listener.
 * If the worker cannot start, or dies on an uncaught error, the listener gets a 'failed' answer for the
 * run in progress, so the page says so instead of showing "Reading…" forever.
 */
import type { FromWorker, ToWorker } from './protocol.ts';

export interface AnalysisClient {
  send: (message: ToWorker) => void;
}

const CANNOT_START = 'This browser could not start the background reader (Web Worker), so the bounce cannot be read here.';
const CRASHED = 'The background reader stopped unexpectedly. Paste the bounce again, or reload the page.';

export function createAnalysisClient(onMessage: (message: FromWorker) => void): AnalysisClient {
  let worker: Worker | null = null;
  let broken = false;
  let lastRunId = 0;
  let classifiedRun = -1;

  const fail = (message: string) => {
    onMessage({ type: 'failed', runId: lastRunId, part: classifiedRun === lastRunId ? 'checks' : 'classify', message });
  };
  const start = (): Worker | null => {
    if (worker || broken) return worker;
    try {
      worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'bounce-doctor-analysis' });
      worker.onmessage = (event: MessageEvent<FromWorker>) => {
        if (event.data.type === 'classified') classifiedRun = event.data.runId;
        onMessage(event.data);
      };
      worker.onerror = (event) => {
        event.preventDefault();
        // Start afresh on the next request: the old worker's state cannot be trusted.
        worker?.terminate();
        worker = null;
        fail(CRASHED);
      };
    } catch {
      broken = true;
    }
    return worker;
  };
  return {
    send(message) {
      lastRunId = message.runId;
      const target = start();
      if (target) {
        target.postMessage(message);
        return;
      }
      if (message.type !== 'cancel') fail(CANNOT_START);
    },
  };
}
