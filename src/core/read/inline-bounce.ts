/**
 * A bounce pasted into the text of another message (forwarded inline rather than attached, or a
 * provider's notice that quotes the bounce it received): where its header block starts.
 */

/** A line that opens an inline bounce: an mbox separator or a Return-Path from the mail system. */
const INLINE_BOUNCE_RE = /^(?:From MAILER-DAEMON\b|Return-Path: ?<(?:MAILER-DAEMON)?>)/im;

/** Offset in `text` of the first line that opens an inline bounce, or -1. One linear search. */
export function inlineBounceStart(text: string): number {
  const m = INLINE_BOUNCE_RE.exec(text);
  return m ? m.index : -1;
}
