/**
 * SMTP reply codes (RFC 5321) and enhanced status codes (RFC 3463) in diagnostic text.
 */

/** Enhanced status code: class 2/4/5, subject and detail of 1-3 digits. */
const STATUS_RE = /(?<![0-9.])([245])\.([0-9]{1,3})\.([0-9]{1,3})(?![0-9]|\.[0-9])/;
/** Reply code at the start of the text or of an SMTP answer line (optionally after "<<< " or "said: "). */
const REPLY_RE = /(?:^|[\s:;(<>"'[]|said:? )([245][0-9]{2})(?=[ -]|$|\]|\))/;

/** First enhanced status code in `text` and its offset. */
export function findStatus(text: string): { code: string; start: number } | null {
  const m = STATUS_RE.exec(text);
  if (!m) return null;
  const [, c, s, d] = m;
  // x.0.0-style codes with absurd subjects (e.g. a version number "5.10.200") are not status codes.
  if (Number(s) > 7) return null;
  return { code: `${c}.${Number(s)}.${Number(d)}`, start: m.index };
}

/** First SMTP reply code in `text` and its offset. */
export function findReplyCode(text: string): { code: string; start: number } | null {
  const m = REPLY_RE.exec(text);
  if (!m) return null;
  const code = m[1]!;
  if (!/^(?:2[0-5]|4[2-5]|5[0-5])[0-9]$/.test(code)) return null;
  return { code, start: m.index + m[0].length - 3 };
}
