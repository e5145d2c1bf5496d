import { zlibSync } from 'fflate';
import { encodeBase64url } from './base64url.ts';
import { MAX_BOUNCE_LENGTH, MAX_DECOMPRESSED_BYTES, MAX_FRAGMENT_LENGTH } from './limits.ts';
import { SHARE_PAYLOAD_VERSION } from './types.ts';
import type { ShareLinkResult, SharePayload } from './types.ts';
import { validatePayload } from './validate-payload.ts';

/** What every share fragment starts with, so other anchors (#main, #step-3) are told apart at once. */
export const SHARE_FRAGMENT_PREFIX = 'share=';

/**
 * Builds the URL fragment (without the leading #) for a payload: `share=1.<base64url(zlib(JSON))>`.
 *
 * Only the known fields are copied, so whatever else the caller's objects hold (a DQS key in the app's
 * settings, say) never reaches the link. The payload is checked with the same rules the decoder applies,
 * so a link that encodes always decodes. Fails (never throws) when the payload is invalid or the link
 * would exceed a limit: MAX_BOUNCE_LENGTH, MAX_DECOMPRESSED_BYTES or MAX_FRAGMENT_LENGTH.
 */
export function encodeShareLink(payload: SharePayload): ShareLinkResult<string> {
  try {
    const { bounce, settings, redacted, checkedSteps } = payload;
    if (typeof bounce === 'string' && bounce.length > MAX_BOUNCE_LENGTH) {
      return { ok: false, error: { kind: 'too-large', limit: 'MAX_BOUNCE_LENGTH', actual: bounce.length, max: MAX_BOUNCE_LENGTH } };
    }
    const known = {
      v: SHARE_PAYLOAD_VERSION,
      bounce,
      settings: {
        resolver: settings?.resolver,
        customResolverUrl: settings?.customResolverUrl ?? null,
        blocklists: settings?.blocklists,
      },
      redacted,
      ...(checkedSteps && checkedSteps.length > 0 ? { checkedSteps } : {}),
    };
    const checked = validatePayload(known);
    if (!checked.ok) return checked;
    const json = new TextEncoder().encode(JSON.stringify(known));
    if (json.length > MAX_DECOMPRESSED_BYTES) {
      return { ok: false, error: { kind: 'too-large', limit: 'MAX_DECOMPRESSED_BYTES', actual: json.length, max: MAX_DECOMPRESSED_BYTES } };
    }
    const fragment = `${SHARE_FRAGMENT_PREFIX}${SHARE_PAYLOAD_VERSION}.${encodeBase64url(zlibSync(json, { level: 9 }))}`;
    if (fragment.length > MAX_FRAGMENT_LENGTH) {
      return { ok: false, error: { kind: 'too-large', limit: 'MAX_FRAGMENT_LENGTH', actual: fragment.length, max: MAX_FRAGMENT_LENGTH } };
    }
    return { ok: true, value: fragment };
  } catch (error) {
    // Only reachable with a payload that is not what the type says (e.g. a getter that throws).
    return { ok: false, error: { kind: 'invalid-content', field: '(root)', detail: error instanceof Error ? error.message : 'unreadable' } };
  }
}
