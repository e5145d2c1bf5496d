/**
 * One "check by hand" step per person instead of one per check.
 *
 * Why: when the resolver cannot be reached (offline, a blocked DoH host) every check fails the same way,
 * and the plan used to list five near-identical steps for the sender's admin ("Check SPF by hand…",
 * "Check DKIM by hand…", each repeating why a failed lookup proves nothing and where to run the
 * commands). One step naming the checks, with each one's cause and all their commands, says the same
 * once. A single by-hand step for a person stays as it is.
 */
import type { CheckResult } from '../check/types.ts';
import type { PlanStep } from './types.ts';
import { byHandCheck, manualCause } from './check-steps.ts';
import { CHECK_LABELS, CHECK_TEXT, sentence } from './messages.ts';

/**
 * Most commands in a merged step: one or two per check for up to five checks. The blocklist checks
 * bring the most (a query and the list's test points), and past this a step is a wall nobody reads.
 */
const MAX_MERGED_COPYABLES = 12;

/** Most links in a merged step (blocklist lookup pages, the Spamhaus DQS page). */
const MAX_MERGED_LINKS = 8;

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(key(item)) ? false : (seen.add(key(item)), true)));
}

/**
 * `steps` with the by-hand steps of each actor merged into one, placed where the first of them was.
 * The merged step's id names its checks in plan order (stable for the same bounce and answers, so a
 * ticked step stays ticked in a shared link). Steps that are not by-hand steps are left as they are.
 */
export function mergeByHandSteps(steps: readonly PlanStep[], checks: readonly CheckResult[]): PlanStep[] {
  const byActor = new Map<PlanStep['actor'], PlanStep[]>();
  for (const step of steps) {
    if (byHandCheck(step) === null) continue;
    byActor.set(step.actor, [...(byActor.get(step.actor) ?? []), step]);
  }
  const merged = new Map<PlanStep, PlanStep | null>();
  for (const group of byActor.values()) {
    if (group.length < 2) continue;
    const names = group.map((s) => byHandCheck(s)!);
    const causes = names.map((name) => {
      const check = checks.find((c) => c.name === name);
      return sentence(check ? manualCause(check) : '');
    });
    const isBlocklist = names.some((n) => n === 'blocklist-ip' || n === 'blocklist-domain');
    const links = uniqueBy(group.flatMap((s) => s.links), (l) => l.url).slice(0, MAX_MERGED_LINKS);
    merged.set(group[0]!, {
      id: `check.by-hand.${names.join('.')}`,
      actor: group[0]!.actor,
      title: CHECK_TEXT.manualTitleMany(names.map((n) => CHECK_LABELS[n])),
      body: CHECK_TEXT.manualBody(causes.filter(Boolean).join(' '), isBlocklist, links.length > 0),
      copyables: uniqueBy(group.flatMap((s) => s.copyables), (c) => c.text).slice(0, MAX_MERGED_COPYABLES),
      links,
      check: names[0]!,
    });
    for (const later of group.slice(1)) merged.set(later, null);
  }
  if (merged.size === 0) return [...steps];
  return steps.flatMap((step) => {
    const replacement = merged.get(step);
    return replacement === undefined ? [step] : replacement === null ? [] : [replacement];
  });
}
