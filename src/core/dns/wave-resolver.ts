/**
 * For tests: a resolver that answers lookups in waves. Every lookup asked before the next timer tick is
 * answered together, so the number of waves a piece of work needs is the length of its longest dependent
 * chain of lookups, whatever the machine's speed; work that asked one lookup at a time would need one
 * wave per lookup. Limit: lookups are answered in the order asked, each from `inner` (no cache of its own).
 */
import type { DnsResult, RecordType, Resolver } from './types.ts';

/** Counts kept while the resolver runs. */
export interface WaveStats {
  /** Round trips so far. */
  waves: number;
  /** The most lookups answered in one wave. */
  largestWave: number;
  /** Lookups asked so far. */
  queries: number;
}

/** Delay that closes a wave: long enough for every lookup started in the same turn to join it. */
const WAVE_TICK_MS = 2;

export function waveResolver(inner: Resolver): { resolver: Resolver; stats: WaveStats } {
  let pending: { name: string; type: RecordType; resolve: (r: DnsResult) => void }[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const stats: WaveStats = { waves: 0, largestWave: 0, queries: 0 };
  const flush = async (): Promise<void> => {
    timer = null;
    const batch = pending;
    pending = [];
    stats.waves++;
    stats.largestWave = Math.max(stats.largestWave, batch.length);
    for (const q of batch) q.resolve(await inner.query(q.name, q.type));
  };
  const resolver: Resolver = {
    query(name, type) {
      stats.queries++;
      return new Promise((resolve) => {
        pending.push({ name, type, resolve });
        timer ??= setTimeout(() => void flush(), WAVE_TICK_MS);
      });
    },
  };
  return { resolver, stats };
}
