/**
 * A rate limit on what the RECIPIENT receives (Gmail's 4.2.1 "receiving mail at a rate that prevents
 * additional messages from being delivered", 5.2.1/4.2.1 "receiving mail too quickly") keeps the corpus
 * reason 'speeding' but is not the sender's doing: its own detail, headline, actor, plan and retry advice.
 */
import { describe, expect, it } from 'vitest';
import { classifyText } from './index.ts';
import { buildPlan } from '../remedy/plan.ts';

const GMAIL_421 = [
  'Delivery incomplete',
  '',
  'There was a temporary problem delivering your message to ulla@example.com. Gmail will retry for 46 more hours.',
  '',
  'The response was:',
  '',
  '450-4.2.1 The user you are trying to contact is receiving mail at a rate that',
  '450-4.2.1 prevents additional messages from being delivered. Please resend your',
  '450 4.2.1 message at a later time. - gsmtp',
].join('\n');

describe('a flooded recipient', () => {
  it('is speeding with detail.recipientFlooded, a headline about the recipient, and the sender only waits', async () => {
    const c = await classifyText(GMAIL_421);
    const r = c.recipients[0]!;
    expect(r).toMatchObject({ address: 'ulla@example.com', reason: 'speeding', status: '4.2.1', replyCode: '450', permanent: false, actor: 'sender' });
    expect(r.detail.recipientFlooded).toBe(true);
    expect(r.title).toBe('ulla@example.com is getting mail faster than their provider lets in right now');
    expect(r.title).not.toMatch(/you sent/i);
    expect(r.explanation).toMatch(/not the cause/);
  });

  it.each([
    '<jo@example.net>: 550 5.2.1 The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time.',
    '<jo@example.net>: 450 4.2.1 The user you are trying to contact is receiving email too quickly. Please resend your message at a later time. - gsmtp',
    '<jo@example.net>: 452 4.2.1 Mailbox is receiving mail too fast, try again later',
  ])('%s', async (text) => {
    const r = (await classifyText(text)).recipients[0]!;
    expect(r.reason).toBe('speeding');
    expect(r.detail.recipientFlooded).toBe(true);
  });

  it('a limit on the sender stays the sender\'s: no flag, "you sent too many"', async () => {
    const r = (await classifyText('<jo@example.net>: 450 4.7.1 You are sending too fast, slow down and try again later')).recipients[0]!;
    expect(r.reason).toBe('speeding');
    expect(r.detail.recipientFlooded).toBeUndefined();
    expect(r.title).toMatch(/You sent too many messages/);
  });

  it('plans a wait (temporary) or a later resend (final), and a step for the recipient, never "send more slowly"', async () => {
    const temporary = buildPlan(await classifyText(GMAIL_421), []);
    expect(temporary.retry?.advice).toMatch(/recipient's mailbox/);
    expect(temporary.retry?.advice).not.toMatch(/sending rate/i);
    const ids = temporary.steps.map((s) => s.id);
    expect(ids).toContain('speeding.resend-later');
    expect(ids).toContain('speeding.recipient-flooded');
    expect(ids).not.toContain('speeding.slow-down');
    expect(temporary.steps.find((s) => s.id === 'speeding.recipient-flooded')?.actor).toBe('recipient');
    const final = buildPlan(await classifyText('<jo@example.net>: 550 5.2.1 The user you are trying to contact is receiving mail too quickly.'), []);
    expect(final.retry).toBeNull();
    const resend = final.steps.find((s) => s.id === 'speeding.resend-later');
    expect(resend?.title).toMatch(/again in 3 hours/);
    expect(resend?.body).not.toMatch(/once your sending rate is lower/);
  });
});
