import type { ShareLinkError } from './types.ts';

/** Whether the error came from opening a link someone sent, or from making one. */
export type ShareLinkAction = 'opening' | 'making';

type MessageTable = {
  [K in ShareLinkError['kind']]: (error: Extract<ShareLinkError, { kind: K }>, action: ShareLinkAction) => string;
};

/** What to tell the person, per error kind. Kept apart from the logic. */
const MESSAGES: MessageTable = {
  'not-a-share-link': () => 'This address does not contain a shared diagnosis.',
  'unsupported-version': (e) =>
    `This link was made by a different version of Bounce Doctor (format ${e.version}) and cannot be opened here. Ask the sender for the bounce text instead.`,
  damaged: () =>
    'This link is damaged: part of it is missing or was changed on the way (it may have been cut off when it was pasted). Ask the sender to copy the link again.',
  'too-large': (_e, action) =>
    action === 'making'
      ? 'This bounce is too large to share as a link. Share the bounce file itself, or copy the diagnosis as text.'
      : 'This link is too large to open safely, so it was not read. Ask the sender for the bounce file instead.',
  'invalid-content': (_e, action) =>
    action === 'making'
      ? 'The link could not be made: a setting has a value a link cannot carry (check the custom resolver URL and the blocklists).'
      : 'This link opened, but what it contains is not a valid shared diagnosis, so it was not used. Ask the sender to copy the link again.',
};

/** The plain-language message for a share-link error. */
export function shareLinkErrorMessage(error: ShareLinkError, action: ShareLinkAction = 'opening'): string {
  const build = MESSAGES[error.kind] as (e: ShareLinkError, a: ShareLinkAction) => string;
  return build(error, action);
}
