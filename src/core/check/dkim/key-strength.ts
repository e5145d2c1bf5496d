/**
 * Reads the public key of a DKIM record: its type and, for RSA, the modulus length taken from the key
 * bytes themselves (never from what the record claims).
 */
import { decodeBase64 } from './base64.ts';
import { readRsaKey } from './der.ts';

/** RFC 8463: an Ed25519 public key is exactly 32 raw bytes. */
const ED25519_KEY_BYTES = 32;

export type KeyReading =
  | { ok: true; type: 'rsa'; bits: number; format: 'spki' | 'pkcs1' }
  | { ok: true; type: 'ed25519'; bits: 256; format: 'raw' }
  | { ok: false; error: string };

/** `keyType` is the k= value lower-cased ('rsa' when absent); `p` the non-empty base64 key. */
export function readPublicKey(keyType: string, p: string): KeyReading {
  const bytes = decodeBase64(p);
  if (!bytes || bytes.length === 0) return { ok: false, error: 'it is not valid base64' };
  if (keyType === 'ed25519') {
    if (bytes.length !== ED25519_KEY_BYTES) {
      return { ok: false, error: `an Ed25519 key is 32 bytes, this one is ${bytes.length}` };
    }
    return { ok: true, type: 'ed25519', bits: 256, format: 'raw' };
  }
  const rsa = readRsaKey(bytes);
  if (!rsa.ok) return { ok: false, error: `it is ${rsa.error}` };
  return { ok: true, type: 'rsa', bits: rsa.bits, format: rsa.format };
}
