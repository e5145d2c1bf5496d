/**
 * The fixed sentences a notice opens with ("I was unable to deliver your message to the following
 * addresses", "Unable to deliver message to: ...") say that delivery failed, which every bounce says;
 * they name no cause. When the classifier falls back to the notice's own words (a recipient's lines
 * decided nothing), these words must not decide: read as phrase rules they would make every such
 * notice a system error. They are blanked out before that fallback match, so any other words of the
 * notice still can decide. Used only on the fallback path; the recipient's own answer is matched whole
 * (a server that answers "unable to deliver mail" names its own failure).
 * Limits: plain substring replacement on the already normalized text (lower case, single spaces).
 */

/** Headings of failure notices that state only that the message was not delivered. */
const NOTICE_BOILERPLATE: readonly string[] = ['unable to deliver'];

/** `normalized` with every NOTICE_BOILERPLATE heading replaced by a space; the same string when none occurs. */
export function withoutNoticeBoilerplate(normalized: string): string {
  let text = normalized;
  for (const heading of NOTICE_BOILERPLATE) if (text.includes(heading)) text = text.split(heading).join(' ');
  return text;
}
