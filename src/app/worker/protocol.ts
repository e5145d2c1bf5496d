/**
 * Messages between the page and the analysis worker. Reading, classifying and the DNS checks run in the
 * worker, so a 10 MB paste never blocks the page; every message carries the run id it belongs to, so
 * answers of a superseded run are ignored.
 */
import type { Classification } from '../../core/classify/types.ts';
import type { CheckName, CheckResult } from '../../core/check/types.ts';
import type { Plan } from '../../core/remedy/types.ts';

/** What the checks look at, as the user may edit it to re-run them. Empty strings mean "from the bounce". */
export interface CheckTargets {
  /** The sender's domain (SPF, DKIM, DMARC, domain blocklists). */
  senderDomain?: string;
  /** The recipient's domain (MX). */
  recipientDomain?: string;
  /** The sending server's IP (SPF evaluation, reverse DNS, IP blocklists). */
  ip?: string;
  /** DKIM selector to look up. */
  selector?: string;
}

/** Settings the worker needs for the checks; the only place the DQS key travels (to the resolver). */
export interface CheckSettings {
  /** DoH endpoint URL, already validated; null when the settings hold no usable one. */
  resolverUrl: string | null;
  /** Blocklist zones to query. */
  blocklists: string[];
  /** Spamhaus DQS key, empty when none. */
  dqsKey: string;
}

export type ToWorker =
  | {
      type: 'analyze';
      runId: number;
      text: string;
      /** False to classify only (the checks stay as they are). */
      runChecks: boolean;
      settings: CheckSettings;
      targets: CheckTargets | null;
    }
  /** Re-run the checks (and the plan) for the last classified text with new targets or settings. */
  | { type: 'recheck'; runId: number; settings: CheckSettings; targets: CheckTargets | null }
  | { type: 'cancel'; runId: number };

/** A status or reply code of the bounce, explained (looked up in the worker, where the knowledge lives). */
export interface CodeExplanation {
  /** "5.1.1" or "550". */
  code: string;
  kind: 'status' | 'reply';
  /** Short name of the condition. */
  title: string;
  /** Plain-language meaning. */
  meaning: string;
  /** "Permanent failure", "Temporary failure", ... */
  classTitle: string;
}

/** A part of the core that is not built (yet), so the page can say so instead of breaking. */
export type CorePart = 'classify' | 'checks' | 'plan';

export type FromWorker =
  | { type: 'classified'; runId: number; classification: Classification; elapsedMs: number; codes: CodeExplanation[] }
  /** The checks started, looking at these targets (the bounce's, with the user's edits on top). */
  | { type: 'checks-started'; runId: number; targets: CheckTargets }
  /** The checks this run will perform, with what they look at, before any answer. */
  | { type: 'checks-planned'; runId: number; checks: { key: string; name: CheckName; inputs: Record<string, string> }[] }
  | { type: 'check-done'; runId: number; key: string; result: CheckResult }
  | { type: 'checks-finished'; runId: number; targets: CheckTargets }
  | { type: 'plan'; runId: number; plan: Plan }
  | { type: 'unavailable'; runId: number; part: CorePart; message: string }
  | { type: 'failed'; runId: number; part: CorePart; message: string };
