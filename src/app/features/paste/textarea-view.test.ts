import { describe, expect, it } from 'vitest';
import { LARGE_TEXT_CHARS, PREVIEW_CHARS, pasteReplacesAll, textareaView } from './textarea-view.ts';

describe('textareaView', () => {
  it('shows normal text whole and editable', () => {
    expect(textareaView('550 5.1.1 User unknown')).toEqual({ value: '550 5.1.1 User unknown', readOnly: false });
  });
  it('shows only the start of a large text, read-only, saying how much is hidden', () => {
    const text = 'x'.repeat(LARGE_TEXT_CHARS + 1);
    const view = textareaView(text);
    expect(view.readOnly).toBe(true);
    expect(view.value.startsWith('x'.repeat(PREVIEW_CHARS) + '\n')).toBe(true);
    expect(view.value.length).toBeLessThan(PREVIEW_CHARS + 300);
    expect(view.value).toContain((LARGE_TEXT_CHARS + 1 - PREVIEW_CHARS).toLocaleString('en'));
  });
});

describe('pasteReplacesAll', () => {
  const base = { source: 'typed', boxIsUntouchedExample: false, pasted: '550 5.1.1', readOnly: false };
  it('inserts normally into the user\'s own text', () => {
    expect(pasteReplacesAll(base)).toBe(false);
  });
  it('replaces an untouched example, a preview, or with a huge paste', () => {
    expect(pasteReplacesAll({ ...base, source: 'example', boxIsUntouchedExample: true })).toBe(true);
    expect(pasteReplacesAll({ ...base, readOnly: true })).toBe(true);
    expect(pasteReplacesAll({ ...base, pasted: 'x'.repeat(LARGE_TEXT_CHARS + 1) })).toBe(true);
  });
  it('does not replace with an example the user has edited, or with an empty paste', () => {
    expect(pasteReplacesAll({ ...base, source: 'example', boxIsUntouchedExample: false })).toBe(false);
    expect(pasteReplacesAll({ ...base, source: 'example', boxIsUntouchedExample: true, pasted: '' })).toBe(false);
  });
});
