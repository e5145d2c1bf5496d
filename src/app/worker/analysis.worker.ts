/// <reference lib="webworker" />
/**
 * The analysis worker: reads and classifies the pasted text, runs the DNS checks and builds the plan,
 * off the page's main thread so a huge paste never freezes it. One run at a time: a new request aborts
 * the previous run's lookups, and every answer carries its run id.
 */
import type { Classification } from '../../core/classify/types.ts';
import type { CheckResult } from '../../core/check/types.ts';
import { loadClassify, loadDiagnose, loadDoh, loadFailures, loadPlan } from './core-loader.ts';
import { runDiagnosis } from './run-diagnosis.ts';
import { explainCodes } from './explain-codes.ts';
import { UNAVAILABLE_MESSAGES, describeError } from './messages.ts';
import type { CheckSettings, CheckTargets, FromWorker, ToWorker } from './protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

let currentAbort: AbortController | null = null;
let lastClassification: Classification | null = null;

function post(message: FromWorker): void {
  self.postMessage(message);
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  currentAbort?.abort();
  currentAbort = null;
  if (message.type === 'cancel') return;
  const abort = new AbortController();
  currentAbort = abort;
  if (message.type === 'analyze') void analyze(message.runId, message.text, message.runChecks, message.settings, message.targets, abort.signal);
  else if (lastClassification) void checkAndPlan(message.runId, lastClassification, message.settings, message.targets, abort.signal);
  else post({ type: 'failed', runId: message.runId, part: 'checks', message: UNAVAILABLE_MESSAGES.nothingToRecheck });
};

async function analyze(
  runId: number, text: string, runChecks: boolean, settings: CheckSettings, targets: CheckTargets | null, signal: AbortSignal,
): Promise<void> {
  const classifyModule = await loadClassify();
  if (!classifyModule) {
    post({ type: 'unavailable', runId, part: 'classify', message: loadFailures.has('classify') ? UNAVAILABLE_MESSAGES.loadFailed : UNAVAILABLE_MESSAGES.classify });
    return;
  }
  const started = performance.now();
  let classification: Classification;
  try {
    classification = await classifyModule.classifyText(text);
  } catch (error) {
    post({ type: 'failed', runId, part: 'classify', message: describeError('classify', error) });
    return;
  }
  if (signal.aborted) return;
  lastClassification = classification;
  const elapsedMs = performance.now() - started;
  let codes: ReturnType<typeof explainCodes> = [];
  try {
    codes = explainCodes(classification);
  } catch {
    // Explanations are a help, not the diagnosis: without them the page still shows the codes.
  }
  post({ type: 'classified', runId, classification, elapsedMs, codes });
  if (runChecks) await checkAndPlan(runId, classification, settings, targets, signal);
}

async function checkAndPlan(
  runId: number, classification: Classification, settings: CheckSettings, targets: CheckTargets | null, signal: AbortSignal,
): Promise<void> {
  const [diagnoseModule, dohModule] = await Promise.all([loadDiagnose(), loadDoh()]);
  let results: CheckResult[] = [];
  if (!diagnoseModule || !dohModule) {
    const failed = loadFailures.has('diagnose') || loadFailures.has('doh');
    post({ type: 'unavailable', runId, part: 'checks', message: failed ? UNAVAILABLE_MESSAGES.loadFailed : UNAVAILABLE_MESSAGES.checks });
  } else if (settings.resolverUrl === null) {
    post({ type: 'unavailable', runId, part: 'checks', message: UNAVAILABLE_MESSAGES.noResolver });
  } else {
    try {
      let startedWith: CheckTargets = {};
      const outcome = await runDiagnosis({
        diagnoseModule, dohModule, loadPlan, classification, settings, targets, signal,
        onStarted: (used) => {
          startedWith = used;
          if (!signal.aborted) post({ type: 'checks-started', runId, targets: used });
        },
        onPlanned: (checks) => { if (!signal.aborted) post({ type: 'checks-planned', runId, checks }); },
        onResult: (key, result) => { if (!signal.aborted) post({ type: 'check-done', runId, key, result }); },
      });
      if (signal.aborted) return;
      post({ type: 'checks-finished', runId, targets: startedWith });
      if (outcome.plan) {
        post({ type: 'plan', runId, plan: outcome.plan });
        return;
      }
      results = outcome.checks;
    } catch (error) {
      if (signal.aborted) return;
      post({ type: 'failed', runId, part: 'checks', message: describeError('checks', error) });
    }
  }
  if (signal.aborted) return;
  await planOnly(runId, classification, results, signal);
}

/** The plan from the classification (and whatever checks ran) when diagnose did not give one. */
async function planOnly(runId: number, classification: Classification, results: CheckResult[], signal: AbortSignal): Promise<void> {
  const planModule = await loadPlan();
  if (!planModule) {
    post({ type: 'unavailable', runId, part: 'plan', message: loadFailures.has('plan') ? UNAVAILABLE_MESSAGES.loadFailed : UNAVAILABLE_MESSAGES.plan });
    return;
  }
  try {
    const plan = await planModule.buildPlan(classification, results);
    if (!signal.aborted) post({ type: 'plan', runId, plan });
  } catch (error) {
    post({ type: 'failed', runId, part: 'plan', message: describeError('plan', error) });
  }
}
