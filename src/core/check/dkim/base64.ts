/**
 * Base64 (RFC 4648 section 4) to bytes without Buffer, so it runs in browsers and Node alike.
 * DKIM key records may carry folding white space inside p= (RFC 6376 3.6.1), so all white space is removed
 * first. Returns null for anything that is not valid base64 rather than throwing.
 */

/** Longer than any real key (an 8192-bit RSA SPKI is ~1,400 characters); stops absurd inputs early. */
const MAX_BASE64_CHARS = 16_384;

const BASE64_BODY = /^[A-Za-z0-9+/]*={0,2}$/;

export function decodeBase64(text: string): Uint8Array | null {
  const compact = text.replace(/\s+/g, '');
  if (compact.length > MAX_BASE64_CHARS || compact.length % 4 === 1) return null;
  if (!BASE64_BODY.test(compact)) return null;
  try {
    const binary = atob(compact);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}
