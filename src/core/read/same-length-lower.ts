/**
 * `text` lower-cased with every character at its own offset, so that an offset found in the result
 * (with indexOf) points at the same place in `text`. String.prototype.toLowerCase keeps the length
 * except for 'İ' (U+0130), whose lower case is two characters; a text holding it is lower-cased in
 * its ASCII letters only, enough for what is searched this way (domain names, HTML tag names).
 */
export function sameLengthLower(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text.replace(/[A-Z]+/g, (run) => run.toLowerCase());
}
