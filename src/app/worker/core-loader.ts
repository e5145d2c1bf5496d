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

function once<T>(files: Record<string, () => Promise<T>>): () => Promise<T | null> {
  let pending: Promise<T | null> | null = null;
  return () => {
    if (pending === null) {
      const load = Object.values(files)[0];
      pending = load ? load().catch(() => null) : Promise.resolve(null);
    }
    return pending;
  };
}

export const loadClassify = once(classifyFiles);
export const loadDoh = once(dohFiles);
export const loadDiagnose = once(diagnoseFiles);
export const loadPlan = once(planFiles);
