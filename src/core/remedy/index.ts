/** Stage 4: the remediation plan. */
export type { Plan, PlanStep } from './types.ts';
export { buildPlan, stepsByActor, RELEVANT_CHECKS } from './plan.ts';
export { ADVICE } from './advice.ts';
export { retryAdvice } from './retry.ts';
