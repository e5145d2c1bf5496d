/**
 * `text` with every run of white space (line folds, tabs, CRLF) turned into one space, so that words
 * split across lines still match. Only runs of two or more, and lone non-space white space, are
 * replaced: the same text as /\s+/ → ' ', without a replacement for every single space between words
 * (about half the cost).
 */
export function collapseWhiteSpace(text: string): string {
  return text.replace(/\s{2,}|[^\S ]/g, ' ');
}
