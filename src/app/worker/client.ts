/**
 * The page's side of the analysis worker: created on first use, answers handed to one listener.
 * If the worker cannot start (a browser without module workers), the listener gets a 'failed' answer.
 */
import type { FromWorker, ToWorker } from './protocol.ts';

export interface AnalysisClient {
  send: (message: ToWorker) => void;
}

export function createAnalysisClient(onMessage: (message: FromWorker) => void): AnalysisClient {
  let worker: Worker | null = null;
  let broken = false;
  const start = (): Worker | null => {
    if (worker || broken) return worker;
    try {
      worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'bounce-doctor-analysis' });
      worker.onmessage = (event: MessageEvent<FromWorker>) => onMessage(event.data);
    } catch {
      broken = true;
    }
    return worker;
  };
  return {
    send(message) {
      const target = start();
      if (target) {
        target.postMessage(message);
        return;
      }
      if (message.type === 'cancel') return;
      onMessage({ type: 'failed', runId: message.runId, part: 'classify', message: 'This browser could not start the background reader (Web Worker), so the bounce cannot be read here.' });
    },
  };
}
