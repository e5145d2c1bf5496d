import { describe, expect, it } from 'vitest';
import { createLimiter } from './limiter.ts';

describe('limiter', () => {
  it('runs at most max tasks at once and lets waiting high-priority tasks go before low-priority ones', async () => {
    const limiter = createLimiter(1);
    const order: string[] = [];
    let releaseFirst!: () => void;
    const first = limiter.run(() => new Promise<void>((r) => { releaseFirst = r; }).then(() => { order.push('first'); }));
    const low = limiter.run(async () => { order.push('low'); }, 'low');
    const high = limiter.run(async () => { order.push('high'); });
    await new Promise((r) => setTimeout(r, 0));
    expect(limiter.active()).toBe(1);
    releaseFirst();
    await Promise.all([first, low, high]);
    expect(order).toEqual(['first', 'high', 'low']);
    expect(limiter.peak()).toBe(1);
  });
});
