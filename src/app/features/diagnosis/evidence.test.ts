import { describe, expect, it } from 'vitest';
import type { Classification } from '../../../core/classify/types.ts';
import { decidingSpans, serverAnswerFor } from './evidence.ts';
import { confidenceLabel, permanenceOf } from './labels.ts';

const span = (start: number, end: number) => ({ text: 'x', start, end });

const classification = {
  kind: 'bounce', isBounce: true, summary: '',
  recipients: [
    { address: 'a@example.net', evidence: [span(10, 15)] },
    { address: 'b@example.net', evidence: [] },
  ],
  parsed: {
    recipients: [
      { address: 'a@example.net', statusSpan: span(1, 2), replyCodeSpan: null, diagnosticSpan: null, diagnostic: '550 no such user' },
      { address: 'B@example.net', statusSpan: span(30, 35), replyCodeSpan: span(26, 29), diagnosticSpan: null, diagnostic: null },
    ],
  },
} as unknown as Classification;

describe('decidingSpans', () => {
  it('uses the classifier evidence, and the reader spans for a recipient without evidence', () => {
    expect(decidingSpans(classification).map((s) => [s.start, s.end])).toEqual([[10, 15], [30, 35], [26, 29]]);
  });
});

describe('serverAnswerFor', () => {
  it('finds the diagnostic by address, case-insensitively', () => {
    expect(serverAnswerFor(classification, 'A@example.net')).toBe('550 no such user');
    expect(serverAnswerFor(classification, 'b@example.net')).toBeNull();
    expect(serverAnswerFor(classification, 'c@example.net')).toBeNull();
  });
});

describe('labels', () => {
  it('says permanent or temporary with retry advice', () => {
    expect(permanenceOf({ permanent: true, reason: 'userunknown' }).label).toBe('Permanent');
    expect(permanenceOf({ permanent: false, reason: 'mailboxfull' }).advice).toMatch(/retr/i);
    expect(permanenceOf({ permanent: false, reason: 'delivered' }).label).toBe('Delivered');
  });
  it('a final answer for a cause that passes (full mailbox) says a later send can work', () => {
    expect(permanenceOf({ permanent: true, reason: 'mailboxfull' }).advice).toMatch(/again later can work/);
    expect(permanenceOf({ permanent: true, reason: 'userunknown' }).advice).toMatch(/fail the same way/);
  });
  it('puts confidence in words', () => {
    expect(confidenceLabel(0.95)).toBe('High certainty');
    expect(confidenceLabel(0.3)).toMatch(/guess/);
    expect(confidenceLabel(Number.NaN)).toBe('Unknown certainty');
  });
});
