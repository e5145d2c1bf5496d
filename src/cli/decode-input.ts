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
