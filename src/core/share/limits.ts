/**
 * Safety limits of the share-link codec. A link comes from anyone, so every size is capped before work
 * is done on it.
 */

/**
 * Longest fragment accepted or written, in characters. Chromium caps a URL at 2 MB, but chat tools and
 * ticket systems cut long links much earlier; 256 KiB keeps decoding cheap and fits a typical bounce
 * with its returned headers several times over.
 */
export const MAX_FRAGMENT_LENGTH = 256 * 1024;

/**
 * Largest decompressed JSON accepted, in bytes. Deflate can expand ~1000:1, so without this a small link
 * could inflate to gigabytes (a zip bomb). Sized for a MAX_BOUNCE_LENGTH bounce of mostly ASCII text plus
 * JSON escaping.
 */
export const MAX_DECOMPRESSED_BYTES = 1024 * 1024;

/**
 * Compressed bytes handed to the inflater at a time. Deflate's worst-case ratio is about 1032:1, so one
 * slice can never produce more than ~0.5 MiB before the size check runs again.
 */
export const INFLATE_SLICE_BYTES = 512;

/** Longest bounce text a link may carry, in UTF-16 code units (a pasted bounce is rarely over 100 KB). */
export const MAX_BOUNCE_LENGTH = 512 * 1024;

/** Most blocklist zones a link may name (the app offers about a dozen). */
export const MAX_BLOCKLISTS = 32;

/** Longest DNS name (RFC 1035), for blocklist zones. */
export const MAX_DNS_NAME_LENGTH = 253;

/** Longest custom resolver URL accepted. */
export const MAX_RESOLVER_URL_LENGTH = 2048;

/** Most ticked plan steps a link may carry, and the longest id. */
export const MAX_CHECKED_STEPS = 200;
export const MAX_STEP_ID_LENGTH = 200;
