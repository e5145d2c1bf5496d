/**
 * The state of one diagnosis session as plain data, and the pure transitions the store applies: the
 * input, the classification, the checks as they arrive, the plan and the ticked steps. Worker answers
 * of an older run are ignored here, in one place.
 */
import type { Classification } from '../../core/classify/types.ts';
import type { CheckName, CheckResult } from '../../core/check/types.ts';
import type { Plan } from '../../core/remedy/types.ts';
import type { CheckTargets, CodeExplanation, CorePart, FromWorker } from '../worker/protocol.ts';

/** Where the current text came from. */
export type InputSource = 'empty' | 'example' | 'typed' | 'paste' | 'file' | 'link';

/** One check card: known as soon as it is planned, filled when its result arrives. */
export interface CheckSlot {
  /** Unique within the run (a check may run for several domains or selectors). */
  key: string;
  name: CheckName;
  /** What it looks at (domain, IP, selector), shown on the card before the result. */
  inputs: Record<string, string>;
  /** null while the check is running. */
  result: CheckResult | null;
}

export type ReadingState =
  | { phase: 'empty' }
  | { phase: 'reading' }
  | { phase: 'done'; classification: Classification; elapsedMs: number; codes: CodeExplanation[] }
  | { phase: 'unavailable'; message: string }
  | { phase: 'failed'; message: string };

export type ChecksState =
  | { phase: 'idle' }
  /** targets: what the checks look at, once the worker has worked it out. */
  | { phase: 'running'; targets: CheckTargets | null }
  | { phase: 'done'; targets: CheckTargets }
  | { phase: 'unavailable'; message: string }
  | { phase: 'failed'; message: string };

export type PlanState =
  | { phase: 'idle' }
  | { phase: 'done'; plan: Plan }
  | { phase: 'unavailable'; message: string }
  | { phase: 'failed'; message: string };

/** A message for the top of the page (a share link that could not be opened, a file that was too big). */
export interface Notice {
  tone: 'info' | 'error';
  text: string;
}

export interface SessionData {
  input: string;
  /** The text the shown diagnosis was made from (its spans point into it), while `input` may be newer. */
  analyzedInput: string;
  /** The text of the run in progress, which becomes `analyzedInput` once classified. */
  pendingInput: string;
  /** True while a newer text is being read and the previous diagnosis is still shown. */
  updating: boolean;
  source: InputSource;
  /** Name of the opened or dropped file, or the example's name. */
  sourceLabel: string | null;
  /** Increases with every analysis; worker answers carry it. */
  runId: number;
  reading: ReadingState;
  checks: CheckSlot[];
  checksState: ChecksState;
  plan: PlanState;
  /** Ids of the plan steps ticked off. */
  ticked: string[];
  /** Targets the user edited for a re-run; null to use what the bounce names. */
  targets: CheckTargets | null;
  notice: Notice | null;
  /**
   * Blocklists named by an opened share link, used for this text only (the user's own settings are not
   * changed by a link); null otherwise.
   */
  linkBlocklists: string[] | null;
}

export const EMPTY_SESSION: SessionData = {
  input: '',
  analyzedInput: '',
  pendingInput: '',
  updating: false,
  source: 'empty',
  sourceLabel: null,
  runId: 0,
  reading: { phase: 'empty' },
  checks: [],
  checksState: { phase: 'idle' },
  plan: { phase: 'idle' },
  ticked: [],
  targets: null,
  notice: null,
  linkBlocklists: null,
};

/** New text: everything derived from the old text is dropped. `runId` is the id of the run to come. */
export function withInput(state: SessionData, input: string, source: InputSource, sourceLabel: string | null): SessionData {
  return {
    ...state,
    input,
    source: input.trim() === '' ? 'empty' : source,
    updating: input.trim() === '' ? false : state.updating,
    sourceLabel,
    reading: input.trim() === '' ? { phase: 'empty' } : state.reading,
    checks: input.trim() === '' ? [] : state.checks,
    checksState: input.trim() === '' ? { phase: 'idle' } : state.checksState,
    plan: input.trim() === '' ? { phase: 'idle' } : state.plan,
    ticked: [],
    targets: null,
    linkBlocklists: source === 'link' ? state.linkBlocklists : null,
  };
}

/** A run starts: reading (and, with checks, the checks) is in progress. */
export function withRunStarted(state: SessionData, runId: number, runChecks: boolean): SessionData {
  return {
    ...state,
    runId,
    pendingInput: state.input,
    // The previous diagnosis stays on screen until the new one is ready: no flash while typing.
    reading: state.reading.phase === 'done' ? state.reading : { phase: 'reading' },
    updating: state.reading.phase === 'done',
    checks: runChecks ? [] : state.checks,
    checksState: runChecks ? { phase: 'running', targets: null } : state.checksState,
    plan: runChecks ? { phase: 'idle' } : state.plan,
  };
}

/** Only the checks (and plan) start again, for the same text, with other targets or settings. */
export function withRecheckStarted(state: SessionData, runId: number, targets: CheckTargets | null): SessionData {
  return { ...state, runId, targets, checks: [], checksState: { phase: 'running', targets: null }, plan: { phase: 'idle' } };
}

function unavailableOrFailed(kind: 'unavailable' | 'failed', message: string) {
  return kind === 'unavailable' ? { phase: 'unavailable' as const, message } : { phase: 'failed' as const, message };
}

function partState(state: SessionData, part: CorePart, kind: 'unavailable' | 'failed', message: string): SessionData {
  const value = unavailableOrFailed(kind, message);
  if (part === 'classify') return { ...state, reading: value, updating: false };
  if (part === 'checks') return { ...state, checksState: value, checks: state.checks.filter((slot) => slot.result !== null) };
  return { ...state, plan: value };
}

/** Applies one worker message. Messages of another run leave the state unchanged (same object). */
export function withWorkerMessage(state: SessionData, message: FromWorker): SessionData {
  if (message.runId !== state.runId) return state;
  switch (message.type) {
    case 'classified':
      return {
        ...state,
        analyzedInput: state.pendingInput,
        updating: false,
        reading: { phase: 'done', classification: message.classification, elapsedMs: message.elapsedMs, codes: message.codes },
      };
    case 'checks-started':
      return { ...state, checksState: { phase: 'running', targets: message.targets } };
    case 'checks-planned': {
      const known = new Set(state.checks.map((slot) => slot.key));
      const added = message.checks.filter((c) => !known.has(c.key)).map((c) => ({ ...c, result: null }));
      return { ...state, checks: [...state.checks, ...added] };
    }
    case 'check-done': {
      const index = state.checks.findIndex((slot) => slot.key === message.key);
      const slot: CheckSlot = { key: message.key, name: message.result.name, inputs: message.result.inputs, result: message.result };
      const checks = index === -1 ? [...state.checks, slot] : state.checks.map((s, i) => (i === index ? slot : s));
      return { ...state, checks };
    }
    case 'checks-finished':
      return { ...state, checksState: { phase: 'done', targets: message.targets } };
    case 'plan':
      return { ...state, plan: { phase: 'done', plan: message.plan } };
    case 'unavailable':
      return partState(state, message.part, 'unavailable', message.message);
    case 'failed':
      return partState(state, message.part, 'failed', message.message);
  }
}

/** Ticks or unticks a plan step. */
export function withStepTicked(state: SessionData, stepId: string, ticked: boolean): SessionData {
  const rest = state.ticked.filter((id) => id !== stepId);
  return { ...state, ticked: ticked ? [...rest, stepId] : rest };
}
