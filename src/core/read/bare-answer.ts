/**
 * A server's answer pasted on its own, naming no recipient: "550 5.1.1 User unknown", or the
 * "The response was: 554 5.7.1 ..." part of a notice whose first lines were not copied. People often
 * paste only the line that matters; it still says what went wrong, just not for whom.
 */

/** Lines looked at: an answer pasted on its own comes first or close to it. */
const MAX_LINES = 200;

/** Only the head of a line is looked at, so a 1 MB line stays cheap. */
const LINE_HEAD_CHARS = 300;

/** A reply code followed by an enhanced status code of the same class, anywhere in the line ("said: 550 5.1.1 ..."). */
const CODE_AND_STATUS_RE = /(?:^|[\s'"(:;<>[#])([45])[0-9]{2}[ -]['"]?\1\.[0-7]\.[0-9]{1,3}(?![0-9])/;

/**
 * A reply code opening the line, or after a short label ("Error: 550 Mailbox unavailable",
 * "Reason: 554 delivery error"), followed by words. A code in the middle of a sentence ("we paid 550
 * dollars") does not count.
 */
const LEADING_REPLY_RE = /^[\s'"#<>]{0,4}(?:[A-Za-z][A-Za-z ]{0,30}:[ \t]{0,8}['"]?)?[45][0-9]{2}[ -][A-Za-z]/;

/** An enhanced status code opening the line, or after a short label, followed by words ("5.1.1 User unknown"). */
const LEADING_STATUS_RE = /^[\s'"#<>]{0,4}(?:[A-Za-z][A-Za-z ]{0,30}:[ \t]{0,8}['"]?)?[45]\.[0-7]\.[0-9]{1,3}[ \t]+[A-Za-z]/;

/**
 * True when `text` holds a failure answer from a mail server (a 4xx/5xx reply with a status code, or a
 * line that opens with a reply or status code and words). Looks at the first MAX_LINES lines only.
 */
export function hasBareAnswer(text: string): boolean {
  let lineStart = 0;
  for (let n = 0; n < MAX_LINES && lineStart < text.length; n++) {
    let nl = text.indexOf('\n', lineStart);
    if (nl < 0) nl = text.length;
    const head = text.slice(lineStart, Math.min(nl, lineStart + LINE_HEAD_CHARS));
    if (CODE_AND_STATUS_RE.test(head) || LEADING_REPLY_RE.test(head) || LEADING_STATUS_RE.test(head)) return true;
    lineStart = nl + 1;
  }
  return false;
}
