/**
 * Splits the bounce text into plain and highlighted pieces for display, from the evidence spans (offsets
 * into the input). A long input is shown as excerpts around the highlights, so the page never renders
 * megabytes of text. Pure: the view only maps pieces to text nodes and <mark> elements.
 */

/** Longest input shown whole; beyond it only excerpts around the highlights are shown. */
export const MAX_WHOLE_TEXT_CHARS = 40_000;
/** Characters of context kept before and after each highlight in excerpt mode. */
export const EXCERPT_CONTEXT_CHARS = 800;
/** Characters shown from the top when a long input has no highlight at all. */
const HEAD_CHARS_WITHOUT_SPANS = 8_000;

export type TextPiece =
  | { kind: 'text'; text: string; start: number }
  | { kind: 'mark'; text: string; start: number }
  /** Characters left out between excerpts (or at the ends). */
  | { kind: 'gap'; omitted: number; start: number };

export interface SpanLike {
  start: number;
  end: number;
}

/** Valid spans inside the text, sorted, overlapping ones merged. Spans that exist only after decoding (-1) are dropped. */
export function normalizeSpans(spans: readonly SpanLike[], length: number): SpanLike[] {
  const valid = spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.start < length)
    .map((s) => ({ start: s.start, end: Math.min(s.end, length) }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: SpanLike[] = [];
  for (const span of valid) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** The ranges of the text to show: all of it when short, else windows around the spans. */
function visibleWindows(length: number, spans: readonly SpanLike[]): SpanLike[] {
  if (length <= MAX_WHOLE_TEXT_CHARS) return length === 0 ? [] : [{ start: 0, end: length }];
  if (spans.length === 0) return [{ start: 0, end: Math.min(length, HEAD_CHARS_WITHOUT_SPANS) }];
  const windows: SpanLike[] = [];
  for (const span of spans) {
    const start = Math.max(0, span.start - EXCERPT_CONTEXT_CHARS);
    const end = Math.min(length, span.end + EXCERPT_CONTEXT_CHARS);
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  return windows;
}

/** The pieces to render, in order. */
export function highlightPieces(text: string, spans: readonly SpanLike[]): TextPiece[] {
  const marks = normalizeSpans(spans, text.length);
  const windows = visibleWindows(text.length, marks);
  const pieces: TextPiece[] = [];
  let cursor = 0;
  for (const window of windows) {
    if (window.start > cursor) pieces.push({ kind: 'gap', omitted: window.start - cursor, start: cursor });
    let position = window.start;
    for (const mark of marks) {
      if (mark.end <= window.start || mark.start >= window.end) continue;
      const from = Math.max(mark.start, window.start);
      const to = Math.min(mark.end, window.end);
      if (from > position) pieces.push({ kind: 'text', text: text.slice(position, from), start: position });
      pieces.push({ kind: 'mark', text: text.slice(from, to), start: from });
      position = to;
    }
    if (window.end > position) pieces.push({ kind: 'text', text: text.slice(position, window.end), start: position });
    cursor = window.end;
  }
  if (text.length > cursor && windows.length > 0) pieces.push({ kind: 'gap', omitted: text.length - cursor, start: cursor });
  return pieces;
}
