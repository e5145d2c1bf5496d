/**
 * Rules added to agree with how bounces of several servers are read (each checked against the whole
 * labelled corpus, see `npm run bench:corpus`): every case here is written from the convention, with
 * reserved names and addresses, not copied from a corpus file.
 */
import { describe, expect, it } from 'vitest';
import { classifyText } from './index.ts';
import type { RecipientDiagnosis } from './types.ts';

async function first(text: string): Promise<RecipientDiagnosis> {
  const c = await classifyText(text);
  expect(c.recipients.length).toBeGreaterThan(0);
  return c.recipients[0]!;
}

describe('a list manager refusing a Message-ID it has already seen', () => {
  it('is the list system\'s own decision (systemerror), with its implied status', async () => {
    const r = await first([
      'From: list-admin@example.org',
      'To: jane@example.com',
      'Subject: Re: weekly notes',
      '',
      'Duplicated Message-ID in <team@example.org>.',
      '',
    ].join('\n'));
    expect(r.reason).toBe('systemerror');
    expect(r.status).toBe('5.0.930');
  });

  it('does not take two Message-ID headers in one message for a duplicate post', async () => {
    const r = await first('550 5.6.0 <jane@example.com>: Duplicate header: Message-ID');
    expect(r.reason).toBe('notcompliantrfc');
  });
});

describe('Deutsche Telekom refusing the sending IP', () => {
  it.each([
    '554 IP=192.0.2.7 - A problem occurred. (Ask your postmaster for help or to contact tosa@example.net to clarify.)',
    '554 IP=192.0.2.7 - A problem occurred. (Ask your postmaster for help or to contact tosa@example.net to clarify.) (BL)',
  ])('%s → blocked', async (answer) => {
    const r = await first(`<jane@example.com>: host mx.example.net[198.51.100.2] said: ${answer}`);
    expect(r.reason).toBe('blocked');
  });

  it('leaves other "a problem occurred" answers to the other rules', async () => {
    const r = await first('<jane@example.com>: host mx.example.net[198.51.100.2] said: 550 5.1.1 A problem occurred: no such user');
    expect(r.reason).toBe('userunknown');
  });
});
