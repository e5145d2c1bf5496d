import type { DnsResult, RecordType, Resolver } from '../../dns/types.ts';

/**
 * One lookup that gives up after `timeoutMs`, with a timeout error result, even if the resolver ignores
 * the abort signal. A blocklist that never answers must not hold the check up.
 */
export async function queryWithDeadline(resolver: Resolver, name: string, type: RecordType, timeoutMs: number): Promise<DnsResult> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<DnsResult>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({
        status: 'error', name, type, resolver: null, elapsedMs: timeoutMs, cnameChain: [],
        error: { kind: 'timeout', message: `no answer within ${timeoutMs} ms`, afterMs: timeoutMs },
      });
    }, timeoutMs);
  });
  try {
    return await Promise.race([resolver.query(name, type, { signal: controller.signal }), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
