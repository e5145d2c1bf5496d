/** Telling "the resolver could not be reached" apart from answers about the domains. Pure. */
import type { CheckResult } from '../../../core/check/types.ts';

const TRANSPORT_FAILURES = new Set(['network', 'timeout', 'http']);

/**
 * True when at least one lookup was made and every lookup of every finished check failed on the way to
 * the resolver (network, timeout, HTTP error): then the checks say nothing about the domains.
 */
export function resolverUnreachable(results: readonly CheckResult[]): boolean {
  let lookups = 0;
  for (const result of results) {
    for (const query of result.queries ?? []) {
      lookups += 1;
      const raw = query.raw;
      if (!raw || raw.status !== 'error' || !TRANSPORT_FAILURES.has(raw.error.kind)) return false;
    }
  }
  return lookups > 0;
}
