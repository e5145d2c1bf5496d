/**
 * A minimal DER reader: just enough to find an RSA modulus in a SubjectPublicKeyInfo (RFC 5280 4.1.2.7)
 * or a bare PKCS#1 RSAPublicKey (RFC 8017 A.1.1), which is all a DKIM key record can carry for k=rsa.
 * It reads definite lengths only (DER never uses indefinite ones) and refuses anything it cannot follow.
 */

/** One DER element: its tag byte and where its content lies in the buffer. */
interface DerElement {
  /** The identifier octet (0x30 SEQUENCE, 0x02 INTEGER, 0x03 BIT STRING, 0x06 OID, 0x05 NULL). */
  tag: number;
  /** Offset of the first content byte. */
  start: number;
  /** Offset just past the last content byte. */
  end: number;
}

const TAG_SEQUENCE = 0x30;
const TAG_INTEGER = 0x02;
const TAG_BIT_STRING = 0x03;
const TAG_OID = 0x06;

/** rsaEncryption, 1.2.840.113549.1.1.1, as DER content bytes. */
const OID_RSA_ENCRYPTION = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];

/** Length fields longer than 4 bytes would describe more than 4 GB: never a key. */
const MAX_LENGTH_BYTES = 4;

/** Reads the element starting at `offset`; null if it does not fit inside [offset, limit). */
function readElement(bytes: Uint8Array, offset: number, limit: number): DerElement | null {
  if (offset + 2 > limit) return null;
  const tag = bytes[offset]!;
  let length = bytes[offset + 1]!;
  let start = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > MAX_LENGTH_BYTES || start + count > limit) return null;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[start + i]!;
    start += count;
  }
  const end = start + length;
  if (end > limit) return null;
  return { tag, start, end };
}

/** The elements directly inside a constructed element, in order; null if they do not tile it exactly. */
function children(bytes: Uint8Array, parent: DerElement): DerElement[] | null {
  const out: DerElement[] = [];
  let offset = parent.start;
  while (offset < parent.end) {
    const el = readElement(bytes, offset, parent.end);
    if (!el) return null;
    out.push(el);
    offset = el.end;
  }
  return out;
}

/** Bit length of an unsigned big-endian INTEGER's content (leading zero bytes ignored). */
function integerBits(bytes: Uint8Array, el: DerElement): number {
  let i = el.start;
  while (i < el.end && bytes[i] === 0) i++;
  if (i === el.end) return 0;
  let first = bytes[i]!;
  let bits = 0;
  while (first > 0) {
    bits++;
    first >>= 1;
  }
  return bits + (el.end - i - 1) * 8;
}

/** RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }: the modulus bit length. */
function pkcs1ModulusBits(bytes: Uint8Array, el: DerElement): number | null {
  if (el.tag !== TAG_SEQUENCE) return null;
  const parts = children(bytes, el);
  if (!parts || parts.length !== 2 || parts[0]!.tag !== TAG_INTEGER || parts[1]!.tag !== TAG_INTEGER) return null;
  const bits = integerBits(bytes, parts[0]!);
  return bits > 0 ? bits : null;
}

function sameBytes(bytes: Uint8Array, el: DerElement, expected: number[]): boolean {
  if (el.end - el.start !== expected.length) return false;
  return expected.every((b, i) => bytes[el.start + i] === b);
}

/**
 * SubjectPublicKeyInfo ::= SEQUENCE { algorithm SEQUENCE { OID, params }, subjectPublicKey BIT STRING }
 * whose bit string holds an RSAPublicKey. Returns the modulus bit length, or null if not an RSA SPKI.
 */
function spkiModulusBits(bytes: Uint8Array, el: DerElement): number | null {
  if (el.tag !== TAG_SEQUENCE) return null;
  const parts = children(bytes, el);
  if (!parts || parts.length !== 2) return null;
  const [algorithm, key] = parts as [DerElement, DerElement];
  if (algorithm.tag !== TAG_SEQUENCE || key.tag !== TAG_BIT_STRING) return null;
  const algParts = children(bytes, algorithm);
  const oid = algParts?.[0];
  if (!oid || oid.tag !== TAG_OID || !sameBytes(bytes, oid, OID_RSA_ENCRYPTION)) return null;
  // The first content byte of a BIT STRING counts unused bits; a key is always whole bytes.
  if (key.end - key.start < 2 || bytes[key.start] !== 0) return null;
  const inner = readElement(bytes, key.start + 1, key.end);
  if (!inner || inner.end !== key.end) return null;
  return pkcs1ModulusBits(bytes, inner);
}

/** Which encoding an RSA key was found in. */
export type RsaKeyFormat = 'spki' | 'pkcs1';

export type RsaKeyInfo =
  | { ok: true; format: RsaKeyFormat; bits: number }
  | { ok: false; error: string };

/** Reads the RSA modulus length from DER bytes holding either a SubjectPublicKeyInfo or an RSAPublicKey. */
export function readRsaKey(bytes: Uint8Array): RsaKeyInfo {
  const outer = readElement(bytes, 0, bytes.length);
  if (!outer || outer.end !== bytes.length) return { ok: false, error: 'not a single DER structure' };
  const spki = spkiModulusBits(bytes, outer);
  if (spki !== null) return { ok: true, format: 'spki', bits: spki };
  const pkcs1 = pkcs1ModulusBits(bytes, outer);
  if (pkcs1 !== null) return { ok: true, format: 'pkcs1', bits: pkcs1 };
  return { ok: false, error: 'neither an RSA SubjectPublicKeyInfo nor an RSAPublicKey' };
}
