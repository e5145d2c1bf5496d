import { describe, expect, it } from 'vitest';
import type { PlanStep } from '../../../core/remedy/types.ts';
import { groupStepsByActor, progressText } from './group-steps.ts';

const step = (id: string, actor: PlanStep['actor']): PlanStep => ({ id, actor, title: id, body: '', copyables: [], links: [] });

describe('groupStepsByActor', () => {
  it('keeps plan order inside groups and orders groups by first appearance', () => {
    const groups = groupStepsByActor([step('a', 'sender-admin'), step('b', 'sender'), step('c', 'sender-admin')]);
    expect(groups.map((g) => g.actor)).toEqual(['sender-admin', 'sender']);
    expect(groups[0]!.steps.map((s) => [s.step.id, s.number])).toEqual([['a', 1], ['c', 2]]);
    expect(groups[1]!.steps.map((s) => s.number)).toEqual([1]);
  });
  it('gives no groups for no steps', () => {
    expect(groupStepsByActor([])).toEqual([]);
  });
});

describe('progressText', () => {
  it('counts only ticked ids that are steps of the plan', () => {
    expect(progressText([step('a', 'sender'), step('b', 'sender')], ['b', 'zzz'])).toBe('1 of 2 done');
  });
});
