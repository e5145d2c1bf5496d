/**
 * The first step of the reader: the checks on the raw input (empty, binary, too long), line ends,
 * and the MIME parse by postal-mime when the text starts like a message. Kept apart from the rest of
 * the reader (index.ts) so that a batch's worker threads load only this step and postal-mime
 * (src/cli/classify-pool.ts).
 */
import type { InputKind, ParsedBounce } from './types.ts';
import { BINARY_CONTROL_RATIO, MAX_INPUT_CHARS } from './limits.ts';
import { parseMime, type MimeMessage } from './mime.ts';
import { headerBlockShape } from './header-sniff.ts';

/**
 * A read in two steps: prepareBounce does the checks on the raw input and the MIME parse (postal-mime,
 * about half of the reader's work); readPreparedBounce does the rest. The prepared value is plain data
 * (structured-cloneable), so a batch can run the first step on a worker thread and the second where
 * the results are printed, each thread compiling only its own half (src/cli/classify-pool.ts).
 * `readBounce(x)` is `readPreparedBounce(await prepareBounce(x))`.
 */
export interface PreparedBounce {
  /** The input as given (spans point into it). */
  rawInput: string;
  /** The whole result when nothing more is to be read: empty or binary input, or a failed read. */
  done: ParsedBounce | null;
  /** The input cut to MAX_INPUT_CHARS, CRLF and lone CRs turned into LF, an mbox "From " line skipped. */
  text: string;
  /** Warnings so far (input cut, broken MIME), shown before the reader's own. */
  warnings: string[];
  /** postal-mime's parts when the text starts like a message and parsed; else null. */
  mime: MimeMessage | null;
}

/** The first step of readBounce (see PreparedBounce). Never rejects. */
export async function prepareBounce(input: string): Promise<PreparedBounce> {
  const rawInput = typeof input === 'string' ? input : '';
  try {
    return await prepareAt(rawInput);
  } catch (error) {
    return { rawInput, done: failedRead(error), text: '', warnings: [], mime: null };
  }
}

/** The result of a read that failed unexpectedly: no recipients, a warning saying so. */
export function failedRead(error: unknown): ParsedBounce {
  const parsed = emptyResult('text', '');
  parsed.warnings.push(`The text could not be read completely (${error instanceof Error ? error.message : 'unknown error'}).`);
  return parsed;
}

/** A result without recipients, for input with nothing (more) to read. */
export function emptyResult(inputKind: InputKind, bodyText: string): ParsedBounce {
  return {
    inputKind, subject: null, from: null, contentType: null, reportingMta: null, recipients: [],
    original: null, feedbackType: null, bodyText, warnings: [], headers: [],
  };
}

/**
 * Characters looked at to tell binary data from text and a message from pasted text: binary files show
 * control bytes at once, and a header block opens a message, so a long input costs nothing more.
 */
const SNIFF_CHARS = 8192;

/** The characters looksBinary counts: C0 controls except tab, LF, VT, FF, CR and ESC; and U+FFFD. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const COUNTED_CHAR_RE = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f\ufffd]/;

/** True when more than BINARY_CONTROL_RATIO of a sample is control characters (NUL, etc.). */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, SNIFF_CHARS);
  // Most input has none of the counted characters: one native regex scan says so (~3.5 µs instead of
  // ~9 µs per corpus message for the loop below).
  if (!COUNTED_CHAR_RE.test(sample)) return false;
  let control = 0;
  // The CR of a CRLF line end is not counted as a character either, so a text and its CRLF copy get
  // the same answer (one control character in ten was binary as LF, text as CRLF).
  let lineEndCr = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    // Tab, LF, VT, FF, CR and ESC (ISO-2022-JP) occur in text.
    if (c < 32 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13 && c !== 27) control++;
    else if (c === 0xfffd) control++;
    else if (c === 13 && sample.charCodeAt(i + 1) === 10) lineEndCr++;
  }
  return control > (sample.length - lineEndCr) * BINARY_CONTROL_RATIO;
}

/**
 * Turns CRLF and lone CRs (old Mac line ends) into LF, so that the reader's bounded windows (a
 * paragraph's characters, a notice's head) hold the same words whatever the line ends: with CRLF kept,
 * a CRLF copy's window ended earlier and could drop the word that decides the reason. Spans are
 * always found again in the input as given (span.ts), never taken as offsets into this text.
 */
function normalizeLineEnds(text: string): string {
  if (!text.includes('\r')) return text;
  return text.replace(/\r\n?/g, '\n');
}

const HEADER_NAMES = /^(?:from|to|subject|date|received|return-path|content-type|mime-version|message-id|x-[a-z0-9-]{1,40}|delivered-to|reply-to|auto-submitted|sender|cc|dkim-signature|authentication-results|arc-[a-z-]{1,30}|thread-[a-z]{1,10}|importance|precedence|errors-to|list-[a-z]{1,20}|references|in-reply-to|content-[a-z-]{1,30}|user-agent|envelope-to|resent-[a-z]{1,10})$/i;

/**
 * True when the text starts with a header block (its first line a field, two fields or more before the
 * first blank line) and a well-known header is among the fields read.
 */
function looksLikeMessage(text: string): boolean {
  const shape = headerBlockShape(text, SNIFF_CHARS, HEADER_NAMES);
  return shape.startsWithField && shape.hasKnownName && shape.fieldsInFirstBlock >= 2;
}

/** The first step for one input (nested reads call it too); may throw, prepareBounce catches. */
export async function prepareAt(rawInput: string): Promise<PreparedBounce> {
  const prepared: PreparedBounce = { rawInput, done: null, text: '', warnings: [], mime: null };
  if (rawInput.trim() === '') {
    prepared.done = emptyResult('empty', '');
    return prepared;
  }
  const warnings = prepared.warnings;
  let input = rawInput;
  if (input.length > MAX_INPUT_CHARS) {
    input = input.slice(0, MAX_INPUT_CHARS);
    warnings.push(`Only the first ${MAX_INPUT_CHARS.toLocaleString('en')} characters were read.`);
  }
  if (looksBinary(input)) {
    const r = emptyResult('binary', '');
    r.warnings.push('This is not text (it looks like binary data).');
    prepared.done = r;
    return prepared;
  }
  // A byte order mark (Notepad saves .eml files with one) would hide the first header line.
  let text = normalizeLineEnds(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
  // An mbox "From " separator line is not a header: skip it.
  if (text.startsWith('From ')) text = text.slice(text.indexOf('\n') + 1 || text.length);
  prepared.text = text;

  if (looksLikeMessage(text)) {
    prepared.mime = await parseMime(text);
    if (!prepared.mime) warnings.push('The MIME structure is broken; the text was read as plain text.');
  }
  return prepared;
}

