import type { Reason } from './types.ts';
import { PHRASE_RULES } from './phrases.ts';

/** Lower case with runs of white space collapsed to one space, so phrases match across line folds. */
export function normalizeForMatch(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
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

/** First rule (in table order) with a phrase contained in `normalized`; null when none. */
export function matchPhrases(normalized: string): PhraseMatch | null {
  if (normalized.length === 0) return null;
  for (const rule of PHRASE_RULES) {
    for (const phrase of rule.phrases) {
      const at = normalized.indexOf(phrase);
      if (at >= 0) return { reason: rule.reason, phrase, at, overridesStatus: rule.overridesStatus === true };
    }
  }
  return null;
}
