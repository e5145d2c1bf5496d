/**
 * A cache for the duration of one diagnosis: the same name and type are asked once, and identical
 * lookups in flight share one request. Nothing expires (a diagnosis lasts seconds); make a new wrapper
 * for the next diagnosis. Answers to a caller who cancelled are not kept, so a later caller asks again;
 * a caller who joined a lookup that someone else then cancelled asks again too, under its own signal.
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
  /** Each lookup asked, with the options of the caller who started it (whose signal governs it). */
  const entries = new Map<string, { answer: Promise<DnsResult>; options: QueryOptions | undefined }>();
  let hitCount = 0;
  const cache: CachedResolver = {
    query(name: string, type: RecordType, options?: QueryOptions): Promise<DnsResult> {
      const key = `${type} ${normalizeName(name)}`;
      const known = entries.get(key);
      if (known) {
        hitCount++;
        return known.answer.then((result) => (wasCancelled(result, known.options) && options?.signal?.aborted !== true
          ? cache.query(name, type, options)
          : { ...result, elapsedMs: 0 }));
      }
      const answer = inner.query(name, type, options).then((result) => {
        if (wasCancelled(result, options)) entries.delete(key);
        return result;
      });
      entries.set(key, { answer, options });
      return answer;
    },
    hits: () => hitCount,
    clear: () => entries.clear(),
  };
  return cache;
}
