/**
 * What the paste box shows. A browser's textarea lays out its whole value on the main thread: a 10 MB
 * paste froze Chromium here for 9-13 s. So a text over LARGE_TEXT_CHARS is kept whole in the store (and
 * read whole by the worker) while the box shows only its start, read-only. Pure.
 */
import { formatBytes } from './read-file.ts';

/** Longest text put in the textarea as is (a bounce with its whole returned message is rarely over 100 KB). */
export const LARGE_TEXT_CHARS = 300_000;
/** Characters of a large text shown in the box. */
export const PREVIEW_CHARS = 20_000;

export interface TextareaView {
  value: string;
  /** True when the box shows only a preview: editing it would lose the rest. */
  readOnly: boolean;
}

function isLargeText(text: string): boolean {
  return text.length > LARGE_TEXT_CHARS;
}

export function textareaView(text: string): TextareaView {
  if (!isLargeText(text)) return { value: text, readOnly: false };
  const rest = text.length - PREVIEW_CHARS;
  return {
    value: `${text.slice(0, PREVIEW_CHARS)}\n\n[… ${rest.toLocaleString('en')} more characters (${formatBytes(text.length)} in all) are not shown here, but are read. Use Clear to paste something else.]`,
    readOnly: true,
  };
}

/**
 * Whether a paste replaces the whole text instead of being inserted: over an untouched example (nobody
 * wants their bounce appended to the sample), when the paste is huge, or when the box shows a preview.
 */
export function pasteReplacesAll(args: { source: string; boxIsUntouchedExample: boolean; pasted: string; readOnly: boolean }): boolean {
  if (args.pasted === '') return false;
  return (args.source === 'example' && args.boxIsUntouchedExample) || isLargeText(args.pasted) || args.readOnly;
}
