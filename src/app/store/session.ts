/**
 * The session store: the pasted text and everything derived from it. Typing is debounced; a paste, a
 * file, an example or a link starts at once. The heavy work happens in the analysis worker.
 */
import { create } from 'zustand';
import { createAnalysisClient } from '../worker/client.ts';
import type { CheckSettings, CheckTargets } from '../worker/protocol.ts';
import {
  EMPTY_SESSION, withInput, withRecheckStarted, withRunStarted, withStepTicked, withWorkerMessage,
  type InputSource, type Notice, type SessionData,
} from './session-model.ts';
import { useSettings } from './settings.ts';
import { checkDqsKey, resolverUrlOf } from './settings-model.ts';

/** Pause after the last keystroke before reading again: long enough to skip most keystrokes. */
const TYPING_DEBOUNCE_MS = 300;

export interface SessionActions {
  /** New text from any source; typing is debounced, other sources run at once. */
  setInput: (text: string, source: InputSource, sourceLabel?: string | null) => void;
  /**
   * Re-runs the checks (and the plan): with edited targets, with the bounce's own when null, or with the
   * current ones when left out (after a settings change).
   */
  recheck: (targets?: CheckTargets | null) => void;
  tickStep: (stepId: string, ticked: boolean) => void;
  /** Ticks several steps at once (from a share link). */
  setTicked: (stepIds: string[]) => void;
  showNotice: (notice: Notice | null) => void;
  /** Opens a shared diagnosis: its text, its blocklists (for this text only) and its ticked steps. */
  openShared: (text: string, blocklists: string[], ticked: string[]) => void;
  clear: () => void;
}

export type SessionStore = SessionData & SessionActions;

/** The check settings the worker gets: the user's settings, with a shared link's blocklists while its text is shown. */
function currentCheckSettings(linkBlocklists: string[] | null): CheckSettings {
  const settings = useSettings.getState();
  const url = resolverUrlOf(settings, typeof location === 'undefined' ? 'http://localhost' : location.origin);
  // A key that is not letters and digits never goes into a DNS name.
  const dqsKey = checkDqsKey(settings.dqsKey).ok ? settings.dqsKey.trim() : '';
  return { resolverUrl: url.ok ? url.url : null, blocklists: [...(linkBlocklists ?? settings.blocklists)], dqsKey };
}

let nextRunId = 1;
let typingTimer: ReturnType<typeof setTimeout> | null = null;

export const useSession = create<SessionStore>()((set, get) => {
  const client = createAnalysisClient((message) => set((state) => withWorkerMessage(state, message)));

  const startRun = () => {
    typingTimer = null;
    const { input, targets, linkBlocklists } = get();
    if (input.trim() === '') {
      client.send({ type: 'cancel', runId: nextRunId++ });
      return;
    }
    const runId = nextRunId++;
    set((state) => withRunStarted(state, runId, true));
    client.send({ type: 'analyze', runId, text: input, runChecks: true, settings: currentCheckSettings(linkBlocklists), targets });
  };

  return {
    ...EMPTY_SESSION,
    setInput: (text, source, sourceLabel = null) => {
      set((state) => ({ ...withInput(state, text, source, sourceLabel), notice: source === 'typed' ? state.notice : null }));
      if (typingTimer !== null) clearTimeout(typingTimer);
      if (source === 'typed') typingTimer = setTimeout(startRun, TYPING_DEBOUNCE_MS);
      else startRun();
    },
    recheck: (targets) => {
      const state = get();
      if (state.reading.phase !== 'done') return;
      const runId = nextRunId++;
      const nextTargets = targets === undefined ? state.targets : targets;
      set((s) => withRecheckStarted(s, runId, nextTargets));
      client.send({ type: 'recheck', runId, settings: currentCheckSettings(state.linkBlocklists), targets: nextTargets });
    },
    tickStep: (stepId, ticked) => set((state) => withStepTicked(state, stepId, ticked)),
    setTicked: (stepIds) => set({ ticked: [...new Set(stepIds)] }),
    showNotice: (notice) => set({ notice }),
    openShared: (text, blocklists, ticked) => {
      if (typingTimer !== null) clearTimeout(typingTimer);
      set((state) => ({ ...withInput({ ...state, linkBlocklists: blocklists }, text, 'link', null), notice: null }));
      startRun();
      set({ ticked: [...new Set(ticked)] });
    },
    clear: () => {
      if (typingTimer !== null) clearTimeout(typingTimer);
      client.send({ type: 'cancel', runId: nextRunId++ });
      set({ ...EMPTY_SESSION, runId: nextRunId });
    },
  };
});
