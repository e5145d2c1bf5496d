import type { Reason } from './types.ts';
import { PHRASE_RULES } from './phrases.ts';

/** Lower case with runs of white space collapsed to one space, so phrases match across line folds. */
export function normalizeForMatch(text: string): string {
  // Same text as replacing every /\s+/ run, without a replacement for each single space between words.
  return text.toLowerCase().replace(/\s{2,}|[^\S ]/g, ' ');
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

interface Entry {
  rule: number;
  phrase: string;
}

/** Length of the key every phrase is filed under (its first characters). */
const KEY = 3;

/**
 * A number for the three characters at `i` (10 bits of each: distinct characters may share a number,
 * which only costs a `startsWith` check). A number instead of `text.slice(i, i + 3)` as the key: no
 * string is made per position. Measured on the corpus (505 maildir/bsd × 5, in memory): matchPhrases
 * was the top self-time function of the classifier (~6% of the CLI's CPU profile), mostly in the slice.
 */
function keyAt(text: string, i: number): number {
  return ((text.charCodeAt(i) & 0x3ff) << 20) | ((text.charCodeAt(i + 1) & 0x3ff) << 10) | (text.charCodeAt(i + 2) & 0x3ff);
}

/**
 * The phrase table indexed by each phrase's first three characters, built once. Matching then reads
 * the text once, looking each position's three characters up, instead of searching the text once per
 * phrase (about 700 phrases): linear in the text, whatever the size of the table.
 */
const INDEX: Map<number, Entry[]> = new Map();
/** Phrases shorter than the key, searched directly. */
const SHORT: Entry[] = [];
PHRASE_RULES.forEach((rule, index) => {
  for (const phrase of rule.phrases) {
    if (phrase.length < KEY) {
      SHORT.push({ rule: index, phrase });
      continue;
    }
    const key = keyAt(phrase, 0);
    const list = INDEX.get(key);
    if (list) list.push({ rule: index, phrase });
    else INDEX.set(key, [{ rule: index, phrase }]);
  }
});

/** First rule (in table order) with a phrase contained in `normalized`; null when none. */
export function matchPhrases(normalized: string): PhraseMatch | null {
  if (normalized.length === 0) return null;
  let best: { entry: Entry; at: number } | null = null;
  for (const entry of SHORT) {
    const at = normalized.indexOf(entry.phrase);
    if (at >= 0 && (!best || entry.rule < best.entry.rule)) best = { entry, at };
  }
  const last = normalized.length - KEY;
  for (let i = 0; i <= last; i++) {
    const list = INDEX.get(keyAt(normalized, i));
    if (!list) continue;
    for (const entry of list) {
      if (best && entry.rule >= best.entry.rule) continue;
      if (normalized.startsWith(entry.phrase, i)) best = { entry, at: i };
    }
  }
  if (!best) return null;
  const rule = PHRASE_RULES[best.entry.rule]!;
  return { reason: rule.reason, phrase: best.entry.phrase, at: best.at, overridesStatus: rule.overridesStatus === true };
}
