/**
 * A cache for the duration of one diagnosis: the same name and type are asked once, and identical
 * lookups in flight share one request. Nothing expires (a diagnosis lasts seconds); make a new wrapper
 * for the next diagnosis. Answers to a caller who cancelled are not kept, so a later caller asks again.
 */
import { normalizeName } from './name.ts';
import type { DnsResult, QueryOptions, RecordType, Resolver } from './types.ts';

export interface CachedResolver extends Resolver {
  /** Number of lookups answered from the cache or merged with one in flight. */
  hits(): number;
  /** Forgets everything (a new diagnosis). */
  clear(): void;
}

function wasCancelled(result: DnsResult, options?: QueryOptions): boolean {
  return result.status === 'error' && options?.signal?.aborted === true;
}

export function withCache(inner: Resolver): CachedResolver {
  const entries = new Map<string, Promise<DnsResult>>();
  let hitCount = 0;
  return {
    query(name: string, type: RecordType, options?: QueryOptions): Promise<DnsResult> {
      const key = `${type} ${normalizeName(name)}`;
      const known = entries.get(key);
      if (known) {
        hitCount++;
        return known.then((result) => ({ ...result, elapsedMs: 0 }));
      }
      const pending = inner.query(name, type, options).then((result) => {
        if (wasCancelled(result, options)) entries.delete(key);
        return result;
      });
      entries.set(key, pending);
      return pending;
    },
    hits: () => hitCount,
    clear: () => entries.clear(),
  };
}
