/**
 * SPF macros (RFC 7208 section 7): tokenizing a macro-string (syntax check) and expanding it.
 * Expansion is async only because %{p} needs DNS; the caller supplies that value lazily.
 */

/** One piece of a macro-string: literal text, or a macro to expand. */
export type MacroToken =
  | { type: 'literal'; text: string }
  | {
    type: 'macro';
    /** The macro letter, lower-cased. */
    letter: MacroLetter;
    /** Written in upper case: the value is URL-escaped. */
    escape: boolean;
    /** Keep this many right-hand parts; null = all. */
    keep: number | null;
    /** Reverse the parts first. */
    reverse: boolean;
    /** The characters to split on ('.' when none were written). */
    delimiters: string;
  };

export type MacroLetter = 's' | 'l' | 'o' | 'd' | 'i' | 'p' | 'h' | 'c' | 'r' | 't' | 'v';

const LETTERS = new Set(['s', 'l', 'o', 'd', 'i', 'p', 'h', 'c', 'r', 't', 'v']);
/** Letters allowed only in explanation text (RFC 7208 7.3). */
const EXPLAIN_ONLY = new Set(['c', 'r', 't']);
const DELIMITERS = new Set(['.', '-', '+', ',', '/', '_', '=']);

/**
 * More right-hand parts than any name can have (127 labels); a larger written number is still valid and
 * simply keeps everything, but we stop reading digits beyond this many to keep numbers exact.
 */
const MAX_TRANSFORMER_DIGITS = 9;

export type TokenizeResult = { ok: true; tokens: MacroToken[] } | { ok: false; error: string };

/**
 * Splits a macro-string into tokens. `explain` allows spaces and the c/r/t letters (explain-string).
 * Syntax per RFC 7208: macro-literal is %x21-24 / %x26-7E; a '%' must start %{..}, %%, %_ or %-.
 */
export function tokenizeMacroString(input: string, explain: boolean): TokenizeResult {
  const tokens: MacroToken[] = [];
  let literal = '';
  const flush = (): void => {
    if (literal) tokens.push({ type: 'literal', text: literal });
    literal = '';
  };
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    const code = ch.charCodeAt(0);
    if (ch !== '%') {
      const visible = code >= 0x21 && code <= 0x7e;
      if (!visible && !(explain && ch === ' ')) return { ok: false, error: `invalid character ${JSON.stringify(ch)} in "${input}"` };
      literal += ch;
      i++;
      continue;
    }
    const next = input[i + 1];
    if (next === '%') { literal += '%'; i += 2; continue; }
    if (next === '_') { literal += ' '; i += 2; continue; }
    if (next === '-') { literal += '%20'; i += 2; continue; }
    if (next !== '{') return { ok: false, error: `'%' not followed by '{', '%', '_' or '-' in "${input}"` };
    const close = input.indexOf('}', i + 2);
    if (close < 0) return { ok: false, error: `unterminated macro in "${input}"` };
    const body = input.slice(i + 2, close);
    const letterChar = body[0] ?? '';
    const letter = letterChar.toLowerCase();
    if (!LETTERS.has(letter)) return { ok: false, error: `unknown macro letter in %{${body}}` };
    if (!explain && EXPLAIN_ONLY.has(letter)) return { ok: false, error: `%{${letterChar}} is allowed only in exp= explanation text` };
    let j = 1;
    let digits = '';
    while (j < body.length && body[j]! >= '0' && body[j]! <= '9') digits += body[j++];
    if (digits.length > MAX_TRANSFORMER_DIGITS) return { ok: false, error: `transformer number too long in %{${body}}` };
    let reverse = false;
    if (body[j] === 'r' || body[j] === 'R') { reverse = true; j++; }
    let delimiters = '';
    for (; j < body.length; j++) {
      if (!DELIMITERS.has(body[j]!)) return { ok: false, error: `invalid delimiter ${JSON.stringify(body[j])} in %{${body}}` };
      delimiters += body[j];
    }
    const keep = digits ? Number(digits) : null;
    if (keep === 0) return { ok: false, error: `transformer 0 in %{${body}} (must be at least 1)` };
    flush();
    tokens.push({ type: 'macro', letter: letter as MacroLetter, escape: letterChar !== letter, keep, reverse, delimiters: delimiters || '.' });
    i = close + 1;
  }
  flush();
  return { ok: true, tokens };
}

/** The values the letters expand to; `p` is looked up only when used. */
export interface MacroValues {
  s: string; l: string; o: string; d: string; i: string; h: string; c: string; r: string; t: string; v: string;
  p: () => Promise<string>;
}

/** RFC 3986 unreserved characters stay; everything else is %-escaped byte by byte. */
function urlEscape(value: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(value)) {
    const ch = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(ch) ? ch : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function transform(value: string, token: Extract<MacroToken, { type: 'macro' }>): string {
  let parts: string[] = [value];
  for (const delimiter of token.delimiters) parts = parts.flatMap((p) => p.split(delimiter));
  if (token.reverse) parts.reverse();
  if (token.keep !== null && token.keep < parts.length) parts = parts.slice(parts.length - token.keep);
  const joined = parts.join('.');
  return token.escape ? urlEscape(joined) : joined;
}

export async function expandTokens(tokens: MacroToken[], values: MacroValues): Promise<string> {
  let out = '';
  for (const token of tokens) {
    if (token.type === 'literal') { out += token.text; continue; }
    const raw = token.letter === 'p' ? await values.p() : values[token.letter];
    out += transform(raw, token);
  }
  return out;
}

/** Longest domain name in presentation form (RFC 1035); longer expansions lose labels on the left (7.3). */
export const MAX_DOMAIN_LENGTH = 253;

export function truncateDomain(domain: string): string {
  let name = domain.endsWith('.') ? domain.slice(0, -1) : domain;
  while (name.length > MAX_DOMAIN_LENGTH) {
    const dot = name.indexOf('.');
    if (dot < 0) return name;
    name = name.slice(dot + 1);
  }
  return name;
}
