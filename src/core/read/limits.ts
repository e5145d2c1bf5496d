/**
 * Safety limits of the reader. Each keeps time and memory bounded on hostile or accidental input
 * (a 20 MB paste, a 1 MB single line, endless nesting) while leaving every real bounce untouched:
 * the largest bounce of the reference corpus is 73 KB.
 */

/**
 * Characters of input read at all. A bounce that matters fits in far less; beyond this the rest is
 * cut off with a warning, so a 20 MB paste costs a bounded, linear amount of work.
 */
export const MAX_INPUT_CHARS = 2_000_000;

/** Characters of decoded text used for phrase matching: the rejection is always near the top. */
export const MAX_BODY_TEXT_CHARS = 200_000;

/** Nested forwarded / returned messages followed when looking for the bounce inside a forward. */
export const MAX_NESTING = 3;

/** Recipients reported per bounce: a mailing-list bounce can list many; more is noise. */
export const MAX_RECIPIENTS = 200;

/** Characters kept of one diagnostic text: SMTP answers are short, a longer one is surrounding prose. */
export const MAX_DIAGNOSTIC_CHARS = 1_000;

/** Received headers read from the returned original (a normal path has under 20 hops). */
export const MAX_RECEIVED_HOPS = 50;

/** Share of control characters above which the input is treated as binary rather than text. */
export const BINARY_CONTROL_RATIO = 0.1;
