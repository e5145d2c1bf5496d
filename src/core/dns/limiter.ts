/**
 * A small counting semaphore: at most `max` tasks run at once, the rest wait in arrival order (low-priority
 * tasks only once no other task waits).
 * Used to cap concurrent DoH requests so a diagnosis never floods the provider (Google answers 429).
 */
export interface Limiter {
  /** Runs `task` when a slot is free; the slot is released however the task ends. */
  run<T>(task: () => Promise<T>, priority?: 'high' | 'low'): Promise<T>;
  /** Tasks running now. */
  active(): number;
  /** The most tasks that ever ran at once (for tests and benches). */
  peak(): number;
}

export function createLimiter(max: number): Limiter {
  const limit = Math.max(1, Math.floor(max));
  const waiting: Array<() => void> = [];
  const waitingLow: Array<() => void> = [];
  let running = 0;
  let highest = 0;

  const acquire = (queue: Array<() => void>): Promise<void> => {
    if (running < limit) {
      running++;
      highest = Math.max(highest, running);
      return Promise.resolve();
    }
    return new Promise((resolve) => queue.push(() => {
      running++;
      highest = Math.max(highest, running);
      resolve();
    }));
  };
  const release = (): void => {
    running--;
    (waiting.shift() ?? waitingLow.shift())?.();
  };

  return {
    async run<T>(task: () => Promise<T>, priority: 'high' | 'low' = 'high'): Promise<T> {
      await acquire(priority === 'low' ? waitingLow : waiting);
      try {
        return await task();
      } finally {
        release();
      }
    },
    active: () => running,
    peak: () => highest,
  };
}
