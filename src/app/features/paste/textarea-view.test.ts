import { describe, expect, it } from 'vitest';
import { LARGE_TEXT_CHARS, PREVIEW_CHARS, textareaView } from './textarea-view.ts';

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
