/**
 * The page's side of the analysis worker: created on first use, answers handed to one listener.
 * If the worker cannot start, or dies on an uncaught error, the listener gets a 'failed' answer for the
 * run in progress, so the page says so instead of showing "Reading…" forever.
 */
import type { FromWorker, ToWorker } from './protocol.ts';
// The built worker file's URL (Vite bundles it as its own chunk; in dev, the module's URL).
import analysisWorkerUrl from './analysis.worker.ts?worker&url';

export interface AnalysisClient {
  send: (message: ToWorker) => void;
}

const CANNOT_START = 'This browser could not start the background reader (Web Worker), so the bounce cannot be read here.';
const CRASHED = 'The background reader stopped unexpectedly. Paste the bounce again, or reload the page.';

/**
 * Starts the worker from a `blob:` module whose only line imports the real worker file. A worker loaded
 * from its own URL takes its Content-Security-Policy from that file's response headers (a static host
 * sends none), so the page's meta policy, connect-src included, would not cover the DNS queries; a
 * `blob:` worker inherits the policies of the page that creates it (docs/security.md).
 * The blob URL is returned so it can be revoked once the worker is gone.
 */
function startPolicyBoundWorker(): { worker: Worker; blobUrl: string } {
  const moduleUrl = new URL(analysisWorkerUrl, location.href).href;
  const blobUrl = URL.createObjectURL(new Blob([`import ${JSON.stringify(moduleUrl)};\n`], { type: 'text/javascript' }));
  try {
    return { worker: new Worker(blobUrl, { type: 'module', name: 'bounce-doctor-analysis' }), blobUrl };
  } catch (error) {
    URL.revokeObjectURL(blobUrl);
    throw error;
  }
}

export function createAnalysisClient(onMessage: (message: FromWorker) => void): AnalysisClient {
  let worker: Worker | null = null;
  let workerBlobUrl: string | null = null;
  let broken = false;
  let lastRunId = 0;
  let classifiedRun = -1;

  const fail = (message: string) => {
    onMessage({ type: 'failed', runId: lastRunId, part: classifiedRun === lastRunId ? 'checks' : 'classify', message });
  };
  const start = (): Worker | null => {
    if (worker || broken) return worker;
    try {
      ({ worker, blobUrl: workerBlobUrl } = startPolicyBoundWorker());
      worker.onmessage = (event: MessageEvent<FromWorker>) => {
        if (event.data.type === 'classified') classifiedRun = event.data.runId;
        onMessage(event.data);
      };
      worker.onerror = (event) => {
        event.preventDefault();
        // Start afresh on the next request: the old worker's state cannot be trusted.
        worker?.terminate();
        worker = null;
        if (workerBlobUrl) URL.revokeObjectURL(workerBlobUrl);
        workerBlobUrl = null;
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
