/** Adler-32 (RFC 1950), the checksum a zlib stream ends with; fflate does not verify it, so we do. */
export function adler32(bytes: Uint8Array): number {
  const MOD = 65521;
  // 5552 is the most bytes that can be summed before the 32-bit sums may overflow (zlib's NMAX).
  const NMAX = 5552;
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length; ) {
    const end = Math.min(i + NMAX, bytes.length);
    for (; i < end; i++) {
      a += bytes[i]!;
      b += a;
    }
    a %= MOD;
    b %= MOD;
  }
  return ((b << 16) | a) >>> 0;
}
