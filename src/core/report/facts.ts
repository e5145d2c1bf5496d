import type { RecipientDiagnosis } from '../classify/types.ts';
import type { QueryEvidence } from '../check/types.ts';
import { ACTOR_LABELS, TEXT } from './labels.ts';

/** The label/value lines shown under a recipient, in order, empty values left out. */
export function recipientFacts(recipient: RecipientDiagnosis): [label: string, value: string][] {
  const facts: [string, string][] = [];
  if (recipient.status) facts.push([TEXT.status, recipient.status]);
  if (recipient.replyCode) facts.push([TEXT.replyCode, recipient.replyCode]);
  facts.push([TEXT.whoActs, ACTOR_LABELS[recipient.actor] ?? recipient.actor]);
  const { detail } = recipient;
  if (detail.provider) facts.push([TEXT.provider, detail.provider]);
  if (detail.providerCode) facts.push([TEXT.providerCode, detail.providerCode]);
  if (detail.newAddress) facts.push([TEXT.newAddress, detail.newAddress]);
  if (detail.blocklist) {
    facts.push([TEXT.blocklist, detail.blocklist.ip ? `${detail.blocklist.name} (${detail.blocklist.ip})` : detail.blocklist.name]);
  }
  return facts;
}

/** A query's answer lines, cut to `max` with a note of how many were left out. */
export function answerLines(query: QueryEvidence, max: number): string[] {
  const lines = query.answer.length > 0 ? query.answer : [`(${query.outcome})`];
  if (lines.length <= max) return lines;
  return [...lines.slice(0, max), TEXT.moreLines(lines.length - max)];
}

/** Inputs of a check as "domain example.com, selector s1". */
export function inputsLine(inputs: Record<string, string>): string {
  return Object.entries(inputs).map(([key, value]) => `${key} ${value}`).join(', ');
}

/** The retry line of a plan. */
export function retryLine(retry: { advice: string; afterMinutes: number | null }): string {
  return retry.afterMinutes === null ? retry.advice : `${retry.advice} (${TEXT.retryAfter(retry.afterMinutes)})`;
}

export const DEFAULT_MAX_ANSWER_LINES = 5;
