import { decodeWords } from 'postal-mime';

/**
 * `value` with its RFC 2047 encoded words ("=?charset?B?...?=") decoded by postal-mime. A value without
 * "=?" has none, and postal-mime's decodeWords returns such a value unchanged after tokenising it, so
 * it is returned at once: 28 of the corpus's 1,513 Subject/From/To values have encoded words; ×10,
 * 3.2–5.0 ms -> 1.3–1.9 ms warmed (decodeWords showed 17–30 ms in the CLI's cold CPU profile). Never
 * throws: a value that fails to decode is returned as it is.
 */
export function decodeHeaderWords(value: string): string {
  if (!value.includes('=?')) return value;
  try {
    return decodeWords(value);
  } catch {
    return value;
  }
}
