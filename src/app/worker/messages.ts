/** What the page says when a stage is missing or broke. Kept apart from the worker's logic. */
import type { CorePart } from './protocol.ts';

export const UNAVAILABLE_MESSAGES = {
  classify: 'Reading bounces is not available in this build of Bounce Doctor.',
  checks: 'The live DNS checks are not available in this build of Bounce Doctor.',
  noResolver: 'The DNS checks did not run: the custom resolver address in Settings is not usable.',
  plan: 'The step-by-step plan is not available in this build of Bounce Doctor.',
  /** A stage exists but could not be fetched: the page was opened online and the network is gone. */
  loadFailed: 'Part of Bounce Doctor could not be loaded (is this computer offline?). Reload the page once it is back online.',
  nothingToRecheck: 'The checks could not run again: the bounce has to be read first. Paste it again.',
} as const;

const PART_NAMES: Record<CorePart, string> = {
  classify: 'Reading the bounce',
  checks: 'The DNS checks',
  plan: 'Building the plan',
};

/** A plain sentence for an unexpected error in a stage (the stage's own bug, not the user's input). */
export function describeError(part: CorePart, error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `${PART_NAMES[part]} stopped with an unexpected error: ${detail.slice(0, 300)}`;
}
