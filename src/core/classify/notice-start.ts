/**
 * Where, in pasted text, the notice about a recipient begins: a help-desk paste often holds the
 * customer's own words above the notice ("am I blocked or is their mailbox full??"), which must not
 * decide the reason when the notice's own lines decide nothing. The notice starts at the quote block
 * (">" lines) that names the recipient, or after the last forwarding separator or forwarded header
 * block above the first mention of the recipient.
 */

import { indexIgnoringCase } from '../read/index-ignoring-case.ts';

/** Lines walked back from the recipient's first mention: a notice's heading is a few lines above it. */
const MAX_LINES_BACK = 400;

/** Lines that separate a forwarder's own text from what they forward (lower case, trimmed). */
const SEPARATOR_STARTS: readonly string[] = [
  '---------- forwarded message', '-----original message-----', '----- original message -----',
  'begin forwarded message:', '________________________________', '-------- forwarded message',
  '-------- original message', '-------- message transféré', '---------- weitergeleitete nachricht',
  '-----ursprüngliche nachricht-----',
];

/** Characters at the head of a line compared with SEPARATOR_STARTS (longer than the longest of them). */
const SEPARATOR_HEAD_CHARS = 40;

/** A forwarded header block's labels (lower case): "From:", "Sent:", "Subject:" and their translations. */
const FORWARD_HEADER_RE = /^(?:from|sent|date|to|cc|subject|von|gesendet|an|betreff|de|envoyé|à|objet|enviado el|para|asunto|da|inviato|oggetto|van|verzonden|aan|onderwerp|差出人|送信日時|宛先|件名)\s?:/i;

/**
 * Offset in `text` where the notice naming `address` begins; 0 when there is nothing of the customer's
 * above it, or the address is not in the text. Walks back at most MAX_LINES_BACK lines from the first mention.
 */
export function noticeStart(text: string, address: string): number {
  if (!address) return 0;
  const first = indexIgnoringCase(text, address);
  if (first <= 0) return 0;
  let lineStart = text.lastIndexOf('\n', first - 1) + 1;
  const quoted = text[lineStart] === '>';
  for (let n = 0; n < MAX_LINES_BACK && lineStart > 0; n++) {
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = text.slice(prevStart, lineStart - 1).trim();
    // A quoted notice: its quote block ends where the lines stop starting with ">".
    if (quoted && !line.startsWith('>')) return lineStart;
    // A forwarded one: it starts after the last separator or forwarded header line above it.
    if (!quoted && (FORWARD_HEADER_RE.test(line) || isSeparator(line))) return lineStart;
    lineStart = prevStart;
  }
  return quoted ? lineStart : 0;
}

/** True when `line` (trimmed) opens with one of SEPARATOR_STARTS; only its head is lower-cased. */
function isSeparator(line: string): boolean {
  const head = line.slice(0, SEPARATOR_HEAD_CHARS).toLowerCase();
  return SEPARATOR_STARTS.some((s) => head.startsWith(s));
}
