import { Inflate } from 'fflate';
import { adler32 } from './adler32.ts';
import { INFLATE_SLICE_BYTES } from './limits.ts';

export type InflateOutcome =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; kind: 'too-large'; produced: number }
  | { ok: false; kind: 'damaged'; detail: string };

/** Thrown from inside fflate's data callback to stop inflating at once; caught below, never escapes. */
class OverLimit extends Error {}

/**
 * Inflates a zlib stream (RFC 1950) with a hard cap on the output, and verifies its Adler-32 checksum.
 *
 * The input is fed in INFLATE_SLICE_BYTES slices and the output counted after each one, so a zip bomb is
 * stopped after at most one slice's worth of expansion beyond `maxBytes`. Never throws.
 */
export function inflateLimited(compressed: Uint8Array, maxBytes: number): InflateOutcome {
  if (compressed.length < 6) return { ok: false, kind: 'damaged', detail: 'too short for a zlib stream' };
  const cmf = compressed[0]!;
  const flg = compressed[1]!;
  if ((cmf & 0x0f) !== 8 || (cmf << 8 | flg) % 31 !== 0 || (flg & 0x20) !== 0) {
    return { ok: false, kind: 'damaged', detail: 'bad zlib header' };
  }
  const body = compressed.subarray(2, compressed.length - 4);
  const trailer = compressed.subarray(compressed.length - 4);
  const expectedChecksum = ((trailer[0]! << 24) | (trailer[1]! << 16) | (trailer[2]! << 8) | trailer[3]!) >>> 0;

  const chunks: Uint8Array[] = [];
  let produced = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    produced += chunk.length;
    if (produced > maxBytes) throw new OverLimit();
    chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let offset = 0; offset < body.length; offset += INFLATE_SLICE_BYTES) {
      const end = Math.min(offset + INFLATE_SLICE_BYTES, body.length);
      inflater.push(body.subarray(offset, end), end === body.length);
    }
  } catch (error) {
    if (error instanceof OverLimit) return { ok: false, kind: 'too-large', produced };
    return { ok: false, kind: 'damaged', detail: error instanceof Error ? error.message : 'inflate failed' };
  }
  if (!ended) return { ok: false, kind: 'damaged', detail: 'compressed data ends early' };

  const bytes = new Uint8Array(produced);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  if (adler32(bytes) !== expectedChecksum) return { ok: false, kind: 'damaged', detail: 'checksum mismatch' };
  return { ok: true, bytes };
}
