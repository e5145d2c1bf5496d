/**
 * The notice text for ONE recipient's fallback, without the lines that name other failed recipients and
 * not this one. When a recipient's own lines decide nothing ("421 4.7.0 Try again later"), the classifier
 * falls back to the notice's words; in a list such as "b@example.org - 552 5.2.2 Mailbox full" the line
 * naming another recipient is that recipient's answer, not this one's, and must not decide for it.
 * Lines naming nobody (a shared reason under a list of addresses) stay. Linear in the text times the
 * number of other recipients (at most MAX_RECIPIENTS); pure; never throws.
 */
import { includesAny } from './match-phrases.ts';

/** `text` without its lines that name one of `others` (lower-case addresses) but not `address`. */
export function withoutOthersLines(text: string, address: string, others: readonly string[]): string {
  if (others.length === 0) return text;
  const lower = text.toLowerCase();
  // Lower-casing can change a text's length ("İ" becomes two characters); then lines are matched one
  // by one instead of by offsets into the lower-cased copy.
  if (lower.length !== text.length) return text.split('\n').filter((line) => keeps(line.toLowerCase(), address, others)).join('\n');
  if (!includesAny(lower, others)) return text;
  const kept: string[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (keeps(lower.slice(start, end), address, others)) kept.push(text.slice(start, end));
    start = end + 1;
  }
  return kept.join('\n');
}

function keeps(lowerLine: string, address: string, others: readonly string[]): boolean {
  if (address !== '' && lowerLine.includes(address)) return true;
  return !includesAny(lowerLine, others);
}
