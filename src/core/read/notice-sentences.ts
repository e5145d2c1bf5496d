import { collapseWhiteSpace } from './white-space.ts';

/**
 * True when the first `windowChars` characters of a notice's own words (`region`), lower case and with
 * white space collapsed (a sentence may be folded over two lines), hold one of `sentences` (lower
 * case). Only that bounded head is copied, so a long notice costs no more than a short one.
 */
export function noticeHeadSays(region: string, windowChars: number, sentences: readonly string[]): boolean {
  const head = collapseWhiteSpace(region.slice(0, windowChars).toLowerCase());
  return sentences.some((s) => head.includes(s));
}
