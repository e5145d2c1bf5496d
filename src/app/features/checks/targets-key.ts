/** A stable identity for the values the checks look at, so the form resets only when they really change. Pure. */
import type { CheckTargets } from '../../worker/protocol.ts';

const KEYS = ['senderDomain', 'recipientDomain', 'ip', 'selector'] as const;

/**
 * The targets' values as one string, the same for equal contents whatever the object's identity or key
 * order (the store hands out a new object when a run starts and again when it ends, with the same values).
 * Null when there are no targets yet (a run just started): the form then keeps what it shows.
 */
export function targetsKey(targets: CheckTargets | null): string | null {
  if (targets === null) return null;
  return JSON.stringify(KEYS.map((key) => targets[key] ?? ''));
}
