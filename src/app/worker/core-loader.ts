/**
 * Loads the core stages the worker runs, on first use. Each is looked up with import.meta.glob so a
 * stage that is missing from a build yields null and the page says "not available" instead of failing.
 * Each loader is called once and cached.
 */
import type { Classification } from '../../core/classify/types.ts';
import type { CheckResult } from '../../core/check/types.ts';
import type { Plan } from '../../core/remedy/types.ts';

export interface ClassifyModule {
  classifyText: (input: string) => Classification | Promise<Classification>;
}
export type DohModule = typeof import('../../core/dns/doh.ts');
export type DiagnoseModule = typeof import('../../core/diagnose.ts');
export interface PlanModule {
  buildPlan: (classification: Classification, checks: CheckResult[]) => Plan | Promise<Plan>;
}

const classifyFiles = import.meta.glob<ClassifyModule>('../../core/classify/index.ts');
const dohFiles = import.meta.glob<DohModule>('../../core/dns/doh.ts');
const diagnoseFiles = import.meta.glob<DiagnoseModule>('../../core/diagnose.ts');
const planFiles = import.meta.glob<PlanModule>('../../core/remedy/plan.ts');

/** Set when a stage exists but its file could not be fetched (offline before it was first used). */
export const loadFailures = new Set<string>();

/**
 * Loads once; null when the stage is missing or failed to load (a failed load is retried next time and
 * recorded in loadFailures, so the page can tell "offline" apart from "not in this build").
 */
function once<T>(name: string, files: Record<string, () => Promise<T>>): () => Promise<T | null> {
  let loaded: Promise<T | null> | null = null;
  return () => {
    if (loaded === null) {
      const load = Object.values(files)[0];
      if (!load) return (loaded = Promise.resolve(null));
      loaded = load().then(
        (module) => { loadFailures.delete(name); return module; },
        () => { loadFailures.add(name); loaded = null; return null; },
      );
    }
    return loaded;
  };
}

export const loadClassify = once('classify', classifyFiles);
export const loadDoh = once('doh', dohFiles);
export const loadDiagnose = once('diagnose', diagnoseFiles);
export const loadPlan = once('plan', planFiles);
