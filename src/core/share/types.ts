/**
 * The share link: the bounce and the settings needed to reproduce a diagnosis, carried in the URL
 * fragment (after #) so no server ever receives it.
 *
 * Fragment format: `share=<version>.<base64url(deflate(JSON))>`; the JSON is a SharePayload.
 */

/** The payload format this code writes and reads. */
export const SHARE_PAYLOAD_VERSION = 1;

/** The DoH resolver presets a link may name; 'custom' uses ShareSettings.customResolverUrl. */
export type ShareResolverChoice = 'cloudflare' | 'google' | 'custom';

/**
 * The settings that change what the checks find. Deliberately without the Spamhaus DQS key: a secret
 * never goes into a link (encodeShareLink copies only these fields, whatever object it is given).
 */
export interface ShareSettings {
  /** Which DoH resolver the checks use. */
  resolver: ShareResolverChoice;
  /** The DoH URL when resolver is 'custom' (https:, or http: on loopback for local testing); else null. */
  customResolverUrl: string | null;
  /** The DNS blocklist zones to query, e.g. "zen.spamhaus.org". */
  blocklists: string[];
}

export interface SharePayload {
  /** Format version; always SHARE_PAYLOAD_VERSION when written by this code. */
  v: 1;
  /** The bounce text as pasted (already redacted when `redacted` is true). */
  bounce: string;
  settings: ShareSettings;
  /** True when the bounce was passed through redactBounce before sharing (shown to the reader). */
  redacted: boolean;
  /** Ids of the plan steps the sender ticked (PlanStep.id); optional, empty when absent. */
  checkedSteps?: string[];
}

/** Why a fragment could not be turned into a payload (or a payload into a fragment). */
export type ShareLinkError =
  /** The fragment is not a share link at all (empty, or some other anchor). */
  | { kind: 'not-a-share-link' }
  /** A share link written by a newer (or unknown) version of the app. */
  | { kind: 'unsupported-version'; version: string }
  /** Cut short, altered or corrupted on the way (bad characters, bad compression, bad checksum, not JSON). */
  | { kind: 'damaged'; detail: string }
  /** Over one of the size limits in limits.ts; `limit` names the constant. */
  | { kind: 'too-large'; limit: string; actual: number; max: number }
  /** Well-formed but with a field of the wrong type or value; `field` is the JSON path. */
  | { kind: 'invalid-content'; field: string; detail: string };

export type ShareLinkResult<T> = { ok: true; value: T } | { ok: false; error: ShareLinkError };
