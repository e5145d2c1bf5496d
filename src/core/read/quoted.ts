/**
 * Text quoted with "> " marks, as mail programs quote a forwarded or replied-to message.
 */

/** True when `text` holds DSN recipient fields under quote marks ("> Final-Recipient: ..."). */
export function hasQuotedDsn(text: string): boolean {
  return /^>[ \t]?(?:Final|Original)-Recipient:/im.test(text);
}

/** `text` with one level of quote marks ("> " or ">") removed from the start of every line. Linear. */
export function unquote(text: string): string {
  return text.replace(/^>[ \t]?/gm, '');
}
