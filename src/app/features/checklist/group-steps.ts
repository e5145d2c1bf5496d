/** Splitting the plan's ordered steps by who acts, keeping the plan's order. Pure. */
import type { Actor } from '../../../core/classify/types.ts';
import type { PlanStep } from '../../../core/remedy/types.ts';

export interface StepGroup {
  actor: Actor;
  /** The steps, numbered within the group (1-based), in plan order. */
  steps: { step: PlanStep; number: number }[];
}

/** Groups in the order their first step appears in the plan (the most likely cause's actor first). */
export function groupStepsByActor(steps: readonly PlanStep[]): StepGroup[] {
  const groups: StepGroup[] = [];
  steps.forEach((step) => {
    let group = groups.find((g) => g.actor === step.actor);
    if (!group) {
      group = { actor: step.actor, steps: [] };
      groups.push(group);
    }
    group.steps.push({ step, number: group.steps.length + 1 });
  });
  return groups;
}

/** "2 of 5 done". */
export function progressText(steps: readonly PlanStep[], ticked: readonly string[]): string {
  const done = steps.filter((s) => ticked.includes(s.id)).length;
  return `${done} of ${steps.length} done`;
}
