/**
 * Header-style "Name: value" fields of a text block (a DSN part, a header block), with continuation
 * lines unfolded. Each field keeps the offset of its first line in the text it was read from.
 * One pass over the lines: linear in the text.
 */

export interface Field {
  /** Field name, lower case. */
  name: string;
  /** Value with continuation lines joined by one space, trimmed. */
  value: string;
  /** Offset of the value's first character in the scanned text. */
  valueStart: number;
  /** The value's first line exactly as in the text (for locating it in the input). */
  firstLine: string;
  /** The value with its continuation lines exactly as in the text. */
  raw: string;
  /** Index of the blank-line-separated block the field belongs to (0-based). */
  block: number;
}

/**
 * A field line's "Name:" and the blanks after it; sticky, tried at a line's start in the whole text
 * (multi-line ^ holds there, and keeps the pattern anchored for the ReDoS check).
 */
const FIELD_AT = /^([A-Za-z][A-Za-z0-9-]{0,75}):[ \t]*/my;

/**
 * Reads every "Name: value" field of `text`. Lines that are neither fields nor continuations are skipped.
 * Works on offsets into `text` and makes a string only for what it keeps: no slice per line, and a
 * folded value grows by concatenation without re-trimming the whole value per continuation line
 * (that made long folded fields quadratic). Same fields as slicing each line and matching it.
 */
export function readFields(text: string): Field[] {
  const fields: Field[] = [];
  let block = 0;
  let sawFieldInBlock = false;
  let current: Field | null = null;
  let pos = 0;
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    // The line is text[pos, lineEnd): one CR before the LF is not part of it.
    const lineEnd = end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const c = pos < lineEnd ? text.charCodeAt(pos) : -1;
    // A line starting with a visible ASCII character is not blank; others are checked by trim().
    const blank = c === -1 || ((c <= 32 || c >= 127) && text.slice(pos, lineEnd).trim() === '');
    if (blank) {
      if (sawFieldInBlock) block++;
      sawFieldInBlock = false;
      current = null;
    } else if ((c === 32 || c === 9) && current) {
      // Both parts are trimmed and the piece is not empty, so the joined value needs no trim.
      const piece = text.slice(pos, lineEnd).trim();
      current.value = current.value === '' ? piece : `${current.value} ${piece}`;
      current.raw = text.slice(current.valueStart, lineEnd).trimEnd();
    } else {
      let m: RegExpExecArray | null = null;
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        FIELD_AT.lastIndex = pos;
        m = FIELD_AT.exec(text);
      }
      if (m) {
        const valueStart = pos + m[0].length;
        const first = text.slice(valueStart, lineEnd).trimEnd();
        current = {
          name: m[1]!.toLowerCase(),
          value: first.trim(),
          valueStart,
          firstLine: first,
          raw: first,
          block,
        };
        fields.push(current);
        sawFieldInBlock = true;
      } else {
        current = null;
      }
    }
    pos = end + 1;
  }
  return fields;
}
