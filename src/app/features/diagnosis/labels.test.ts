import { describe, expect, it } from 'vitest';
import { classifyText } from '../../../core/classify/index.ts';
import { greylisting450 } from '../../examples/greylisting-450.ts';
import { ACTOR_LABELS, actorLabel, GREYLISTED_ACTOR_LABEL } from './labels.ts';

describe('actorLabel', () => {
  it('says nobody has to act yet for the built-in greylisting example', async () => {
    const c = await classifyText(greylisting450);
    expect(actorLabel(c.recipients[0]!)).toBe(GREYLISTED_ACTOR_LABEL);
    expect(actorLabel(c.recipients[0]!)).not.toMatch(/administrator/);
  });

  it('keeps the plain label for other results', () => {
    expect(actorLabel({ actor: 'sender', detail: {} })).toBe(ACTOR_LABELS.sender);
    expect(actorLabel({ actor: 'recipient-admin', detail: {} })).toBe(ACTOR_LABELS['recipient-admin']);
    // A greylisting result that names another actor (a provider rule) keeps that actor's label.
    expect(actorLabel({ actor: 'sender-admin', detail: { greylisted: true } })).toBe(ACTOR_LABELS['sender-admin']);
  });
});
