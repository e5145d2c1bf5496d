import type { TextSpan } from './types.ts';

/**
 * A span for `text` found in the original `input`: searched from `from` onwards first, then from the
 * start. Text that exists only after decoding (base64, quoted-printable) gets start/end -1.
 * Cost is one or two `indexOf` calls: linear in the input.
 */
export function locate(input: string, text: string, from = 0): TextSpan {
  if (text.length === 0) return { text, start: -1, end: -1 };
  let at = input.indexOf(text, from);
  if (at < 0 && from > 0) at = input.indexOf(text);
  return at < 0 ? { text, start: -1, end: -1 } : { text, start: at, end: at + text.length };
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
