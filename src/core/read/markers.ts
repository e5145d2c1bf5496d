/**
 * Lines that start the returned original inside a plain-text bounce (data, one pattern per mail
 * server family). The bounce's own words are above the first match; below is the message that bounced,
 * whose content must not feed the phrase matching. Each pattern is anchored and bounded.
 */
export const ORIGINAL_MESSAGE_MARKERS: readonly RegExp[] = [
  /^[ \t]{0,8}-{2,40}[ \t]{0,4}(?:This is a copy of|Below this line is a copy|Original message|Original Message|Returned message|The original message|Undelivered message|Unsent message|Forwarded message|Message text follows|Start of returned message|original message follows|Headers? of (?:the )?(?:original|returned) message|Copy of the message)/im,
  /^[ \t]{0,8}(?:Original message headers?:|Below is a copy of the original message|Message headers follow|Original message follows|Received: from )/m,
  /^[ \t]{0,8}-{2,40}[ \t]{0,4}(?:Mensaje original|Message d'origine|Originalnachricht|Urspr[a-z\u00fc]{1,3}ngliche Nachricht)/im,
];

/** Earliest marker offset in `text`, or -1. */
export function originalStart(text: string): number {
  let best = -1;
  for (const re of ORIGINAL_MESSAGE_MARKERS) {
    const m = re.exec(text);
    if (m && (best < 0 || m.index < best)) best = m.index;
  }
  return best;
}
