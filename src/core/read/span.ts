import type { TextSpan } from './types.ts';

/**
 * A span for `text` found in the original `input`: searched from `from` onwards first, then from the
 * start. Text that exists only after decoding (base64, quoted-printable) gets start/end -1.
 * Cost is one or two `indexOf` calls: linear in the input.
 */
export function locate(input: string, text: string, from = 0): TextSpan {
  if (text.length === 0) return { text, start: -1, end: -1 };
  const at = indexFrom(input, text, from);
  if (at < 0 && text.includes('\n')) return locateOtherLineEnds(input, text, from);
  return at < 0 ? { text, start: -1, end: -1 } : { text, start: at, end: at + text.length };
}

/** Where `text` occurs in `input`, from `from` onwards first, then from the start; -1 when nowhere. */
function indexFrom(input: string, text: string, from: number): number {
  const at = input.indexOf(text, from);
  return at < 0 && from > 0 ? input.indexOf(text) : at;
}

/**
 * A text of several lines read with LF line ends (the reader turns CRLF and CR into LF) found in an
 * input written with CRLF or CR: the span's text is then the input's own, line ends included.
 */
function locateOtherLineEnds(input: string, text: string, from: number): TextSpan {
  for (const end of ['\r\n', '\r']) {
    if (!input.includes(end)) continue;
    const written = text.replace(/\n/g, end);
    const at = indexFrom(input, written, from);
    if (at >= 0) return { text: written, start: at, end: at + written.length };
  }
  return { text, start: -1, end: -1 };
}

/**
 * The span of `text` where it first occurs inside `outer` (a field's line holding a code and a comment,
 * "Status: 5.1.1 (user unknown)"), so that the range covers `text` alone; -1/-1 when `outer` has no
 * place in the input or does not hold `text`.
 */
export function within(outer: TextSpan, text: string): TextSpan {
  const at = outer.start >= 0 && text.length > 0 ? outer.text.indexOf(text) : -1;
  return at < 0 ? { text, start: -1, end: -1 } : { text, start: outer.start + at, end: outer.start + at + text.length };
}

/**
 * True when the occurrence of a code at input[at, end) stands on its own: no letter, digit or "." just
 * before it, no letter or digit just after it, and no "." followed by a digit ("5.1.1" in "5.1.10").
 */
function standsAlone(input: string, at: number, end: number): boolean {
  const before = input[at - 1] ?? ' ';
  const after = input[end] ?? ' ';
  return !/[0-9A-Za-z.]/.test(before) && !/[0-9A-Za-z]/.test(after) && !(after === '.' && /[0-9]/.test(input[end + 1] ?? ''));
}

/**
 * Like locate, for a status or reply code ("5.1.1", "550"): only an occurrence standing on its own
 * counts, not one inside a longer number or word (a message id "...-aadc9d5507c3", "15.1.10"), which
 * would highlight the wrong text. Linear: each occurrence is looked at once.
 */
export function locateCode(input: string, code: string, from = 0): TextSpan {
  if (code.length === 0) return { text: code, start: -1, end: -1 };
  const find = (start: number, stop: number): number => {
    for (let at = input.indexOf(code, start); at >= 0 && at < stop; at = input.indexOf(code, at + 1)) {
      if (standsAlone(input, at, at + code.length)) return at;
    }
    return -1;
  };
  let at = find(from, input.length);
  if (at < 0 && from > 0) at = find(0, from);
  return at < 0 ? { text: code, start: -1, end: -1 } : { text: code, start: at, end: at + code.length };
}

/** Occurrences of a field's value looked at before giving up: a real input holds a handful. */
const MAX_FIELD_OCCURRENCES = 1_000;

/**
 * The span of a "Name: value" field's value (its first line, `value`) where it follows its own name:
 * "5.1.1" of "Status: 5.1.1", not the first "5.1.1" anywhere in the input (a MIME boundary, a
 * message id, "5.1.10"). The name is matched in any case, with any blanks between the colon and the
 * value; -1/-1 when no occurrence follows the name (an encoded part). Linear: the blanks scanned back
 * from each occurrence lie between that occurrence and the one before.
 */
export function locateFieldValue(input: string, name: string, value: string): TextSpan {
  if (value.length === 0) return { text: value, start: -1, end: -1 };
  let seen = 0;
  for (let at = input.indexOf(value); at >= 0 && seen++ < MAX_FIELD_OCCURRENCES; at = input.indexOf(value, at + 1)) {
    let colon = at - 1;
    while (colon >= 0 && (input[colon] === ' ' || input[colon] === '\t')) colon--;
    if (input[colon] === ':' && colon >= name.length && input.slice(colon - name.length, colon).toLowerCase() === name) {
      return { text: value, start: at, end: at + value.length };
    }
  }
  return { text: value, start: -1, end: -1 };
}
