import type { Reason } from './types.ts';
import { PHRASE_RULES } from './phrases.ts';
import { collapseWhiteSpace } from '../read/white-space.ts';
import { buildLiteralIndex, scanLiterals, type LiteralIndex } from '../knowledge/literal-index.ts';

/** Lower case with runs of white space collapsed to one space, so phrases match across line folds. */
export function normalizeForMatch(text: string): string {
  return collapseWhiteSpace(text.toLowerCase());
}


/** True when `text` contains one of `parts` (a loop of native searches: no closure per call). */
export function includesAny(text: string, parts: readonly string[]): boolean {
  for (const part of parts) if (text.includes(part)) return true;
  return false;
}

export interface PhraseMatch {
  reason: Reason;
  /** The phrase that matched, as in the rule table. */
  phrase: string;
  /** Offset of the phrase in the normalized text. */
  at: number;
  /** The rule's words outrank the status code (see PhraseRule.overridesStatus). */
  overridesStatus: boolean;
}

/** Every phrase of the table, in table order (rule by rule), and the rule each belongs to, by id. */
const PHRASES: string[] = [];
const RULE_OF: number[] = [];
PHRASE_RULES.forEach((rule, index) => {
  for (const phrase of rule.phrases) {
    PHRASES.push(phrase);
    RULE_OF.push(index);
  }
});
/**
 * Matching reads the text once (literal-index.ts) instead of searching it once per phrase (about 800
 * phrases): linear in the text, whatever the size of the table. Built on the first match rather than at
 * load (~5 ms at a cold start), so a process that loads this module without classifying (a CLI worker
 * that only reads messages) does not pay for it.
 */
let index: LiteralIndex | null = null;

/**
 * First rule (in table order) with a phrase contained in `normalized`, and of its phrases the one that
 * occurs first (the earlier in the table when two start at the same place); null when none.
 */
export function matchPhrases(normalized: string): PhraseMatch | null {
  if (normalized.length === 0) return null;
  // The scan reports occurrences in the order they end: keep the least (rule, start, phrase id).
  let bestId = -1;
  let bestAt = -1;
  let bestRule = PHRASE_RULES.length;
  scanLiterals((index ??= buildLiteralIndex(PHRASES)), normalized, (id, at) => {
    const rule = RULE_OF[id]!;
    if (rule < bestRule || (rule === bestRule && (at < bestAt || (at === bestAt && id < bestId)))) {
      bestRule = rule;
      bestId = id;
      bestAt = at;
    }
  });
  if (bestId < 0) return null;
  const rule = PHRASE_RULES[bestRule]!;
  return { reason: rule.reason, phrase: PHRASES[bestId]!, at: bestAt, overridesStatus: rule.overridesStatus === true };
}
