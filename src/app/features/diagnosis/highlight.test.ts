import { describe, expect, it } from 'vitest';
import { EXCERPT_CONTEXT_CHARS, MAX_WHOLE_TEXT_CHARS, highlightPieces, normalizeSpans } from './highlight.ts';

describe('normalizeSpans', () => {
  it('drops decoded-only and empty spans, sorts and merges overlaps', () => {
    expect(normalizeSpans([{ start: 10, end: 15 }, { start: -1, end: -1 }, { start: 2, end: 4 }, { start: 12, end: 20 }, { start: 5, end: 5 }], 100))
      .toEqual([{ start: 2, end: 4 }, { start: 10, end: 20 }]);
  });
  it('clips spans to the text', () => {
    expect(normalizeSpans([{ start: 8, end: 50 }, { start: 60, end: 70 }], 10)).toEqual([{ start: 8, end: 10 }]);
  });
});

describe('highlightPieces', () => {
  it('marks the spans in a short text and keeps every character', () => {
    const text = 'host said: 550 5.1.1 User unknown';
    const pieces = highlightPieces(text, [{ start: 11, end: 14 }, { start: 15, end: 20 }]);
    expect(pieces.map((p) => p.kind)).toEqual(['text', 'mark', 'text', 'mark', 'text']);
    expect(pieces.filter((p) => p.kind === 'mark').map((p) => ('text' in p ? p.text : ''))).toEqual(['550', '5.1.1']);
    expect(pieces.map((p) => ('text' in p ? p.text : '')).join('')).toBe(text);
  });

  it('shows a long text as excerpts around the highlight, with the omitted counts', () => {
    const text = 'a'.repeat(MAX_WHOLE_TEXT_CHARS * 3);
    const at = MAX_WHOLE_TEXT_CHARS + 5;
    const pieces = highlightPieces(text, [{ start: at, end: at + 3 }]);
    expect(pieces[0]).toEqual({ kind: 'gap', omitted: at - EXCERPT_CONTEXT_CHARS, start: 0 });
    const shown = pieces.reduce((n, p) => n + ('text' in p ? p.text.length : 0), 0);
    expect(shown).toBe(EXCERPT_CONTEXT_CHARS * 2 + 3);
    const last = pieces[pieces.length - 1]!;
    expect(last.kind).toBe('gap');
    const omitted = pieces.reduce((n, p) => n + (p.kind === 'gap' ? p.omitted : 0), 0);
    expect(omitted + shown).toBe(text.length);
  });

  it('shows the head of a long text without highlights', () => {
    const pieces = highlightPieces('b'.repeat(MAX_WHOLE_TEXT_CHARS + 1), []);
    expect(pieces.map((p) => p.kind)).toEqual(['text', 'gap']);
  });

  it('gives nothing for empty text', () => {
    expect(highlightPieces('', [{ start: 0, end: 3 }])).toEqual([]);
  });
});
