/**
 * Finds the base64-encoded MIME bodies of a raw message so redaction can see inside them (Microsoft and
 * others send their NDR text and the returned headers base64-encoded), and puts them back re-encoded the
 * same way (line length, line ending).
 *
 * Line-based and linear: a body is the run of base64 lines after the blank line that ends a header block
 * holding "Content-Transfer-Encoding: base64". Only bodies that decode to valid UTF-8 are opened (binary
 * attachments and other charsets stay as they are; see the limits in redact.ts).
 */
import { decodeBase64url, encodeBase64url } from './base64url.ts';

/** A piece of the message: as written, or a base64 body shown decoded. */
export type Segment =
  | { kind: 'plain'; text: string }
  /** text: the decoded body; lineLength/eol/trailingEol: how to write it back. */
  | { kind: 'base64'; text: string; lineLength: number; eol: string; trailingEol: boolean };

/** Most base64 bodies opened in one message; a bounce has two or three, more is not a bounce. */
const MAX_DECODED_PARTS = 32;

const ENCODING_HEADER = /^content-transfer-encoding:[ \t]*base64[ \t]*\r?\n?$/i;
/** One line of base64: the alphabet, optional padding; 998 is the SMTP line limit. */
const BASE64_LINE = /^[A-Za-z0-9+/]{1,998}={0,2}\r?\n?$/;

function decodeStandardBase64(text: string): Uint8Array | null {
  const compact = text.replace(/[\r\n]/g, '');
  if (compact.length % 4 !== 0) return null;
  return decodeBase64url(compact.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_'));
}

function encodeStandardBase64(bytes: Uint8Array): string {
  const url = encodeBase64url(bytes).replace(/-/g, '+').replace(/_/g, '/');
  return url + '='.repeat((4 - (url.length % 4)) % 4);
}

/** Splits a message into plain text and decoded base64 bodies; joinSegments(splitBase64Parts(t)) === t when nothing changes. */
export function splitBase64Parts(text: string): Segment[] {
  const lines = text.split(/(?<=\n)/);
  const segments: Segment[] = [];
  let plain = '';
  let pending = false;
  let decoded = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    plain += line;
    if (ENCODING_HEADER.test(line)) pending = true;
    else if (pending && line.startsWith('--')) pending = false;
    else if (pending && line.trim() === '') {
      pending = false;
      let end = i + 1;
      while (end < lines.length && BASE64_LINE.test(lines[end]!)) end++;
      if (end === i + 1 || decoded >= MAX_DECODED_PARTS) continue;
      const block = lines.slice(i + 1, end).join('');
      const bytes = decodeStandardBase64(block);
      if (!bytes) continue;
      let body: string;
      try {
        body = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        continue;
      }
      const first = lines[i + 1]!;
      const eol = first.endsWith('\r\n') ? '\r\n' : '\n';
      segments.push({ kind: 'plain', text: plain });
      segments.push({ kind: 'base64', text: body, lineLength: first.replace(/\r?\n$/, '').length, eol, trailingEol: /\n$/.test(block) });
      plain = '';
      decoded++;
      i = end - 1;
    }
  }
  segments.push({ kind: 'plain', text: plain });
  return segments;
}

/** Writes the segments back: base64 bodies re-encoded with their original line length and line ending. */
export function joinSegments(segments: Segment[]): string {
  return segments.map((segment) => {
    if (segment.kind === 'plain') return segment.text;
    const encoded = encodeStandardBase64(new TextEncoder().encode(segment.text));
    const width = Math.max(4, segment.lineLength - (segment.lineLength % 4));
    const lines: string[] = [];
    for (let at = 0; at < encoded.length; at += width) lines.push(encoded.slice(at, at + width));
    return lines.join(segment.eol) + (segment.trailingEol ? segment.eol : '');
  }).join('');
}
