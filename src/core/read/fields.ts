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

const FIELD_LINE = /^([A-Za-z][A-Za-z0-9-]{0,75}):[ \t]*/;

/** Reads every "Name: value" field of `text`. Lines that are neither fields nor continuations are skipped. */
export function readFields(text: string): Field[] {
  const fields: Field[] = [];
  let block = 0;
  let sawFieldInBlock = false;
  let current: Field | null = null;
  let pos = 0;
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    let line = text.slice(pos, end);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.trim() === '') {
      if (sawFieldInBlock) block++;
      sawFieldInBlock = false;
      current = null;
    } else if ((line[0] === ' ' || line[0] === '\t') && current) {
      current.value = `${current.value} ${line.trim()}`.trim();
      current.raw = text.slice(current.valueStart, pos + line.length).trimEnd();
    } else {
      const m = FIELD_LINE.exec(line);
      if (m) {
        const first = line.slice(m[0].length).trimEnd();
        current = {
          name: m[1]!.toLowerCase(),
          value: first.trim(),
          valueStart: pos + m[0].length,
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

/** The first value of field `name` (lower case), or null. */
export function fieldValue(fields: readonly Field[], name: string): string | null {
  for (const f of fields) if (f.name === name) return f.value;
  return null;
}
