import { decodeBase64url } from './base64url.ts';
import { SHARE_FRAGMENT_PREFIX } from './encode.ts';
import { inflateLimited } from './inflate-limited.ts';
import { MAX_DECOMPRESSED_BYTES, MAX_FRAGMENT_LENGTH } from './limits.ts';
import { SHARE_PAYLOAD_VERSION } from './types.ts';
import type { ShareLinkResult, SharePayload } from './types.ts';
import { validatePayload } from './validate-payload.ts';

/** `<digits>.<base64url>`: the version, then the data. Anchored, no nested quantifiers. */
const VERSIONED_DATA = /^([0-9]{1,6})\.([A-Za-z0-9_-]*)$/;

/**
 * Reads a share fragment (with or without the leading #) back into a payload. Every failure is a typed
 * error (see messages.ts for what to tell the user); never throws. The length is checked before any
 * work, the decompressed size is capped while inflating (zip bombs), the zlib checksum is verified, and
 * the JSON is validated field by field.
 */
export function decodeShareLink(fragment: string): ShareLinkResult<SharePayload> {
  try {
    if (typeof fragment !== 'string') return { ok: false, error: { kind: 'not-a-share-link' } };
    if (fragment.length > MAX_FRAGMENT_LENGTH + 1) {
      return { ok: false, error: { kind: 'too-large', limit: 'MAX_FRAGMENT_LENGTH', actual: fragment.length, max: MAX_FRAGMENT_LENGTH } };
    }
    const text = (fragment.startsWith('#') ? fragment.slice(1) : fragment).trim();
    if (!text.startsWith(SHARE_FRAGMENT_PREFIX)) return { ok: false, error: { kind: 'not-a-share-link' } };
    const match = VERSIONED_DATA.exec(text.slice(SHARE_FRAGMENT_PREFIX.length));
    if (!match) return { ok: false, error: { kind: 'damaged', detail: 'characters outside the link alphabet' } };
    const version = match[1]!;
    if (Number(version) !== SHARE_PAYLOAD_VERSION) return { ok: false, error: { kind: 'unsupported-version', version } };
    const compressed = decodeBase64url(match[2]!);
    if (!compressed) return { ok: false, error: { kind: 'damaged', detail: 'impossible base64url length' } };
    const inflated = inflateLimited(compressed, MAX_DECOMPRESSED_BYTES);
    if (!inflated.ok) {
      return inflated.kind === 'too-large'
        ? { ok: false, error: { kind: 'too-large', limit: 'MAX_DECOMPRESSED_BYTES', actual: inflated.produced, max: MAX_DECOMPRESSED_BYTES } }
        : { ok: false, error: { kind: 'damaged', detail: inflated.detail } };
    }
    let json: string;
    try {
      json = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
    } catch {
      return { ok: false, error: { kind: 'damaged', detail: 'not UTF-8 text' } };
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      return { ok: false, error: { kind: 'damaged', detail: 'not JSON' } };
    }
    return validatePayload(parsed);
  } catch (error) {
    // Defensive: nothing above is expected to throw, but a link must never break the page.
    return { ok: false, error: { kind: 'damaged', detail: error instanceof Error ? error.message : 'unreadable' } };
  }
}
