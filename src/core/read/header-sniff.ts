/**
 * The shape of the header block at the top of a text, for telling a message from pasted text: the
 * fields readFields (fields.ts) would find there, counted without building them.
 *
 * Why not readFields: it builds every field's value, first line and raw text, for an input that
 * postal-mime then reads again. For 5,050 corpus messages the sniff took 31–35 ms with readFields and a
 * regex search for the blank line, 11–12 ms counting (in process, warmed; 44–51 ms before in the CLI's
 * CPU profile), with the same answer on the corpus and on 200,000 generated header-like texts.
 */

/**
 * A field line's "Name:" (as in fields.ts); sticky, tried at a line's start (multi-line ^ holds there,
 * and keeps the pattern anchored for the ReDoS check).
 */
const FIELD_NAME_AT = /^([A-Za-z][A-Za-z0-9-]{0,75}):/my;

/** What the header block at the top holds. */
export interface HeaderBlockShape {
  /** Field lines before the first blank line (a blank line before any field does not end the block). */
  fieldsInFirstBlock: number;
  /** True when the text's first line is a field line. */
  startsWithField: boolean;
  /** True when the name of some field line read passes `known`. */
  hasKnownName: boolean;
}

/** True when text[from, to) holds only spaces and tabs. */
function onlyBlanks(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/**
 * Reads the first `limit` characters of `text` line by line, as readFields does, up to the first line
 * of only spaces and tabs that a newline ends (the end of a header block; a CRLF blank line is read
 * through, as a block break). A line is blank when it trims to nothing; a field line starts with
 * "Name:"; anything else is skipped. `known` is tested against field names as written (make it
 * case-insensitive), until one passes. Linear; no string per line.
 */
export function headerBlockShape(text: string, limit: number, known: RegExp): HeaderBlockShape {
  const shape: HeaderBlockShape = { fieldsInFirstBlock: 0, startsWithField: false, hasKnownName: false };
  const end = Math.min(text.length, limit);
  let block = 0;
  let sawField = false;
  let sawFieldInBlock = false;
  let pos = 0;
  while (pos < end) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl < 0 || nl >= end ? end : nl;
    if (pos > 0 && lineEnd === nl && onlyBlanks(text, pos, lineEnd)) break;
    const contentEnd = lineEnd > pos && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    const c = pos < contentEnd ? text.charCodeAt(pos) : -1;
    const blank = c === -1 || ((c <= 32 || c >= 127) && text.slice(pos, contentEnd).trim() === '');
    if (blank) {
      if (sawFieldInBlock) block++;
      sawFieldInBlock = false;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      FIELD_NAME_AT.lastIndex = pos;
      const m = FIELD_NAME_AT.exec(text);
      // The colon must lie on this line and within the limit (readFields reads the cut text).
      if (m && FIELD_NAME_AT.lastIndex <= contentEnd) {
        if (!sawField) shape.startsWithField = pos === 0;
        sawField = true;
        sawFieldInBlock = true;
        if (block === 0) shape.fieldsInFirstBlock++;
        if (!shape.hasKnownName && known.test(m[1]!)) shape.hasKnownName = true;
      }
    }
    pos = lineEnd + 1;
  }
  return shape;
}
