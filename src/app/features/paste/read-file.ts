/**
 * Reads a dropped or opened file as text. A .eml is text; bytes that are not UTF-8 become U+FFFD, which
 * the reader tolerates. Refuses files far larger than any bounce, so a mistaken drop of a video does not
 * fill memory, and files of a known binary format (an Outlook .msg, a screenshot, a PDF), with advice on
 * getting the bounce's text from them.
 */
import { binaryFormatAdvice, binaryFormatOf, SIGNATURE_BYTES } from '../../../core/read/binary-format.ts';

/** Largest file read: a bounce with its returned message is rarely over a few MB; 30 MB leaves room. */
export const MAX_FILE_BYTES = 30 * 1024 * 1024;

export type FileRead = { ok: true; text: string; name: string } | { ok: false; message: string };

export async function readBounceFile(file: File): Promise<FileRead> {
  if (file.size > MAX_FILE_BYTES) {
    return { ok: false, message: `“${file.name}” is ${formatBytes(file.size)}: too large to be a bounce (the limit is ${formatBytes(MAX_FILE_BYTES)}).` };
  }
  try {
    const format = binaryFormatOf(new Uint8Array(await file.slice(0, SIGNATURE_BYTES).arrayBuffer()));
    if (format) return { ok: false, message: `“${file.name}”: ${binaryFormatAdvice(format, 'page')}` };
    return { ok: true, text: await file.text(), name: file.name };
  } catch {
    return { ok: false, message: `“${file.name}” could not be read.` };
  }
}

/** "3.2 KB", "12 MB". */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
