/** How every command turns a file's bytes into text, so the same file reads the same under each. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes to text: UTF-8 when valid, else Latin-1 so that every byte survives (old 8-bit bounces). */
export function decodeInput(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  }
}

/**
 * `bytes` without a UTF-8 sequence cut short at its end. For input read only up to a byte limit: the
 * limit can fall inside a multi-byte character, and one broken character at the end must not make the
 * whole file fall back to Latin-1. Text that is not UTF-8 anyway loses at most 3 bytes at the end.
 */
export function withoutCutUtf8Tail(bytes: Uint8Array): Uint8Array {
  // The last byte that is not a continuation byte (10xxxxxx), looked for within a sequence's length.
  for (let i = bytes.length - 1; i >= 0 && i >= bytes.length - 4; i--) {
    const b = bytes[i]!;
    if ((b & 0xc0) === 0x80) continue;
    const length = b < 0x80 ? 1 : (b & 0xe0) === 0xc0 ? 2 : (b & 0xf0) === 0xe0 ? 3 : (b & 0xf8) === 0xf0 ? 4 : 1;
    return i + length > bytes.length ? bytes.subarray(0, i) : bytes;
  }
  return bytes;
}
