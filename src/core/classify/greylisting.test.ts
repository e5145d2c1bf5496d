import { describe, expect, it } from 'vitest';
import { classifyText } from './index.ts';
import { buildPlan } from '../remedy/plan.ts';
import { greylisting450 } from '../../app/examples/greylisting-450.ts';
import { check, finding } from '../remedy/fixtures.test-helpers.ts';

async function first(text: string) {
  const c = await classifyText(text);
  expect(c.recipients.length).toBeGreaterThan(0);
  return { c, r: c.recipients[0]! };
}

describe('greylisting is recognised before the generic "recipient address rejected"', () => {
  it('the built-in example (450 4.2.0 "Recipient address rejected: Greylisted") is a temporary greylisting, not a missing mailbox', async () => {
    const { c, r } = await first(greylisting450);
    expect(c.kind).toBe('delay');
    expect(r).toMatchObject({ address: 'support@example.test', reason: 'blocked', status: '4.2.0', replyCode: '450', permanent: false });
    expect(r.detail.greylisted).toBe(true);
    expect(r.title).toMatch(/try again later \(greylisting\)/);
    expect(r.title).not.toMatch(/does not exist/);
    expect(r.explanation).toMatch(/tries again/);
    // Nobody has to act yet: the sending server's own retry answers it (the app words this actor for greylisting).
    expect(r.actor).toBe('sender');
  });

  it.each([
    '<jane@example.test>: 451 4.7.1 Greylisting in action, please come back later',
    '<jane@example.test>: 450 4.7.1 Try again later, you are gray-listed',
    '<jane@example.test>: 450 4.2.0 Recipient address rejected: Grey listed for 300 seconds',
    '<jane@example.test>: 451 Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451',
  ])('%s', async (text) => {
    const { r } = await first(text);
    expect(r).toMatchObject({ reason: 'blocked', permanent: false });
    expect(r.detail.greylisted).toBe(true);
  });

  it('a plain "Recipient address rejected" stays a missing mailbox, without the greylisting flag', async () => {
    const { r } = await first('<jane@example.test>: 550 5.1.1 <jane@example.test>: Recipient address rejected: User unknown in virtual mailbox table');
    expect(r.reason).toBe('userunknown');
    expect(r.detail.greylisted).toBeUndefined();
  });

  it('a blocklisted IP is not flagged as greylisting', async () => {
    const { r } = await first('<jane@example.test>: 554 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using zen.spamhaus.org');
    expect(r.reason).toBe('blocked');
    expect(r.detail.greylisted).toBeUndefined();
  });

  it('the plan for the example says to wait first, then what to check; no delisting or reputation step', async () => {
    const { c } = await first(greylisting450);
    const plan = buildPlan(c, []);
    expect(plan.headline).toMatch(/greylisting/);
    expect(plan.retry?.advice).toMatch(/^Greylisting/);
    // The page shows the explanation and "When to retry" side by side: no run of five words repeated.
    const words = (t: string) => t.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').split(/\s+/).filter(Boolean);
    const explained = words(c.recipients[0]!.explanation);
    const retryText = ` ${words(plan.retry!.advice).join(' ')} `;
    for (let i = 0; i + 5 <= explained.length; i++) expect(retryText).not.toContain(` ${explained.slice(i, i + 5).join(' ')} `);
    expect(plan.steps[0]!.title).toMatch(/^Wait: your server retries by itself/);
    expect(plan.steps[1]!.title).toMatch(/still has not gone through after \d+ hours.*same IP/);
    for (const s of plan.steps) expect(`${s.title} ${s.body}`).not.toMatch(/delist|reputation|blocklist|refused, and stop it/i);
  });

  it('with a listed IP and a missing PTR found by the checks, waiting still comes first', async () => {
    const { c } = await first(greylisting450);
    const checks = [
      check('blocklist-ip', 'fail', [finding('error', 'listed', '192.0.2.150 is listed on Example List', 'Request delisting at the list\'s page')]),
      check('reverse-dns', 'fail', [finding('error', 'no-ptr', '192.0.2.150 has no PTR record', 'Ask your provider to set one')]),
    ];
    const plan = buildPlan(c, checks);
    expect(plan.steps[0]!.id).toBe('blocked.greylist-wait');
    expect(plan.steps[1]!.id).toBe('blocked.greylist-still-failing');
    expect(plan.steps.some((s) => s.check === 'blocklist-ip')).toBe(true);
  });
});
