/** The share-link codec: the public surface for the app. */
export { encodeShareLink, SHARE_FRAGMENT_PREFIX } from './encode.ts';
export { decodeShareLink } from './decode.ts';
export { redactBounce } from './redact.ts';
export { shareLinkErrorMessage } from './messages.ts';
export type { ShareLinkAction } from './messages.ts';
export { acceptableResolverUrl } from './validate-payload.ts';
export { SHARE_PAYLOAD_VERSION } from './types.ts';
export type { SharePayload, ShareSettings, ShareResolverChoice, ShareLinkError, ShareLinkResult } from './types.ts';
export * from './limits.ts';
