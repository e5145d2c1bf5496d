/**
 * Where `needle` first occurs in `text`, letters matched in any case; -1 when nowhere. Not by searching
 * a lower-cased copy of the text: some letters' lower case is longer ('İ' gives two characters), so an
 * offset found there would point past the place in `text`; and no copy of a long text is made per call.
 * A literal search: the needle's special characters are escaped, so nothing can backtrack.
 */
export function indexIgnoringCase(text: string, needle: string): number {
  if (needle === '') return 0;
  return new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i').exec(text)?.index ?? -1;
}
