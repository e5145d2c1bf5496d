import { describe, expect, it } from 'vitest';
import { withCache } from './cache.ts';
import { createMemoryResolver } from './memory.ts';
import type { DnsResult, Resolver } from './types.ts';

/** Answers after `ms`, or at once with a timeout error when the caller's signal aborts first. */
function slow(ms: number): { resolver: Resolver; asked: () => number } {
  const memory = createMemoryResolver({ 'a.example.test': { records: [{ type: 'A', address: '192.0.2.1' }] } });
  let count = 0;
  const resolver: Resolver = {
    query: (name, type, options) => new Promise<DnsResult>((resolve) => {
      count++;
      const timer = setTimeout(() => void memory.query(name, type).then(resolve), ms);
      options?.signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        resolve({ status: 'error', name, type, resolver: null, elapsedMs: 0, cnameChain: [], error: { kind: 'timeout', message: 'cancelled', afterMs: 0 } });
      });
    }),
  };
  return { resolver, asked: () => count };
}

describe('withCache', () => {
  it('merges identical lookups in flight and answers repeats from the cache', async () => {
    const { resolver, asked } = slow(5);
    const cache = withCache(resolver);
    const [a, b] = await Promise.all([cache.query('a.example.test', 'A'), cache.query('A.example.test.', 'A')]);
    expect(a.status).toBe('ok');
    expect(b.status).toBe('ok');
    expect((await cache.query('a.example.test', 'A')).elapsedMs).toBe(0);
    expect(asked()).toBe(1);
    expect(cache.hits()).toBe(2);
  });

  it('does not pass one caller\'s cancellation on to another who joined the same lookup', async () => {
    const { resolver, asked } = slow(20);
    const cache = withCache(resolver);
    const first = new AbortController();
    const cancelled = cache.query('a.example.test', 'A', { signal: first.signal });
    const joined = cache.query('a.example.test', 'A');
    setTimeout(() => first.abort(), 2);
    expect((await cancelled).status).toBe('error');
    expect((await joined).status).toBe('ok');
    expect(asked()).toBe(2);
    // The answer the joiner got is kept for later callers.
    expect((await cache.query('a.example.test', 'A')).status).toBe('ok');
    expect(asked()).toBe(2);
  });

  it('gives a joiner whose own signal was aborted the cancelled answer, without asking again', async () => {
    const { resolver, asked } = slow(20);
    const cache = withCache(resolver);
    const shared = new AbortController();
    const one = cache.query('a.example.test', 'A', { signal: shared.signal });
    const two = cache.query('a.example.test', 'A', { signal: shared.signal });
    setTimeout(() => shared.abort(), 2);
    expect((await one).status).toBe('error');
    expect((await two).status).toBe('error');
    expect(asked()).toBe(1);
  });
});
