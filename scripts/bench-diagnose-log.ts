/**
 * A query log for bench:diagnose: wraps a Resolver and records when each lookup started and ended, so the
 * bench can show that the scenario's longest chain really ran in order, and how deep the waits went.
 */
import type { DnsResult, QueryOptions, RecordType, Resolver } from '../src/core/dns/types.ts';

export interface LoggedQuery {
  name: string;
  type: RecordType;
  /** ms since the log started. */
  start: number;
  end: number;
  status: DnsResult['status'];
}

export interface QueryLog {
  resolver: Resolver;
  entries: LoggedQuery[];
}

export function loggingResolver(inner: Resolver): QueryLog {
  const t0 = performance.now();
  const entries: LoggedQuery[] = [];
  const resolver: Resolver = {
    async query(name: string, type: RecordType, options?: QueryOptions) {
      const start = performance.now() - t0;
      const result = await inner.query(name, type, options);
      entries.push({ name: name.toLowerCase().replace(/\.$/, ''), type, start, end: performance.now() - t0, status: result.status });
      return result;
    },
  };
  return { resolver, entries };
}

/**
 * The deepest run of lookups in the log where each started only after the previous one ended: the waits
 * the diagnosis actually stacked up. Equal to the dependency chain when nothing waits needlessly; larger
 * when lookups that could have run together ran one after another.
 */
export function observedDepth(entries: LoggedQuery[]): number {
  const sorted = [...entries].sort((a, b) => a.start - b.start);
  const depth: number[] = [];
  let best = 0;
  sorted.forEach((q, i) => {
    let d = 1;
    for (let j = 0; j < i; j++) {
      const p = sorted[j] as LoggedQuery;
      // 1 ms of slack: a lookup started in the same tick as another ended did wait for it.
      if (p.end <= q.start + 1) d = Math.max(d, (depth[j] as number) + 1);
    }
    depth.push(d);
    best = Math.max(best, d);
  });
  return best;
}

/** Whether every lookup of `chain` is in the log, each starting after the previous one ended. */
export function chainRanInOrder(entries: LoggedQuery[], chain: { name: string; type: string }[]): { ok: true } | { ok: false; error: string } {
  let previousEnd = -Infinity;
  for (const link of chain) {
    const hit = entries.find((e) => e.name === link.name && e.type === link.type);
    if (!hit) return { ok: false, error: `the diagnosis never looked up ${link.type} ${link.name}` };
    if (hit.start + 1 < previousEnd) return { ok: false, error: `${link.type} ${link.name} started before the lookup it depends on ended` };
    previousEnd = hit.end;
  }
  return { ok: true };
}
