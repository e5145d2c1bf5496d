/**
 * The Resolver contract says a lookup never throws and never rejects. These keep that promise at the
 * boundaries where a resolver we did not write (a test double, a user's plug-in) is handed to the checks:
 * a lookup that throws or rejects becomes an error result, so a check that started a lookup it ends up not
 * needing (the DMARC walk's parents, for one) can never leave an unhandled rejection behind.
 */
import { normalizeName } from './name.ts';
import type { DnsResult, RecordType, Resolver } from './types.ts';

/** The result for a lookup that failed inside our own code or the resolver's: a DNS error, shown as such. */
export function internalErrorResult(name: string, type: RecordType, error: unknown): DnsResult {
  const message = `internal error: ${error instanceof Error ? error.message : String(error)}`;
  return { status: 'error', name: normalizeName(String(name)), type, resolver: null, elapsedMs: 0, cnameChain: [], error: { kind: 'network', message } };
}

/** `inner`, with every throw or rejection turned into an error result. */
export function neverRejects(inner: Resolver): Resolver {
  return {
    async query(name, type, options) {
      try {
        return await inner.query(name, type, options);
      } catch (e) {
        return internalErrorResult(name, type, e);
      }
    },
  };
}
