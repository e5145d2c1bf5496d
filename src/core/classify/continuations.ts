/**
 * A multi-line SMTP reply repeats its codes at the head of every line ("452-4.2.1 The user you are trying
 * to contact is receiving mail at a\n452-4.2.1 rate that prevents..."). Unfolded into one line, those
 * repeats fall in the middle of sentences and split the phrases the rules look for. The words to match
 * keep the first code only.
 */

/**
 * A continuation line's codes: a reply code, a dash, a status code (after a blank or at the start), with
 * the one blank after them, so that the words on either side meet with a single blank.
 */
const CONTINUATION_RE = /(^|\s)[245][0-9]{2}-[245]\.[0-9]{1,3}\.[0-9]{1,3}\s/g;

/** Cheap gate: without "NNN-N." there is no continuation to remove. */
const GATE_RE = /[0-9]-[245]\./;

/** `text` with every continuation code after the first removed; the same string when there is none. */
export function withoutRepeatedCodes(text: string): string {
  if (!GATE_RE.test(text)) return text;
  let first = true;
  return text.replace(CONTINUATION_RE, (whole: string, lead: string) => {
    if (first) {
      first = false;
      return whole;
    }
    return lead === '' ? '' : ' ';
  });
}
