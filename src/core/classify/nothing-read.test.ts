import { describe, expect, it } from 'vitest';
import { classifyText } from './index.ts';

describe('a recipient about whom nothing is said', () => {
  it('is "undefined" with no answer and no code, "onhold" when words decide nothing', async () => {
    const bare = await classifyText('Delivery to the following recipients failed permanently:\n\n   * a@example.com\n');
    expect(bare.recipients.map((r) => [r.reason, r.status])).toEqual([['undefined', '5.0.900']]);
    const vague = await classifyText('The following address failed:\n\na@example.com: something odd happened\n');
    expect(vague.recipients.map((r) => r.reason)).toEqual(['onhold']);
  });
});
