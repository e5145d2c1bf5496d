/**
 * Orange (orange.fr, wanadoo.fr) and La Poste (laposte.net), French mailbox providers. Their refusals
 * end with a code such as "OFR005_505", "OFR_416" or "LPN007_426": the last three digits name the cause
 * (the first part names the server group). Codes as listed by Orange's postmaster pages and collected by
 * postmastery.com; meanings in our own words. Codes they document as "try again later" only (105, 107,
 * 108, 109, 201, 423, 424) have no rule: the words of the answer decide those.
 */
import type { ProviderCatalog } from '../provider-types.ts';

const DOCS = 'https://www.postmastery.com/orange-postmaster-smtp-error-codes-ofr/';

/** An Orange / La Poste code ending in one of the three-digit `causes` ("OFR005_505", "LPN105-104", "OFR_416"). */
function ofr(causes: string): RegExp {
  return new RegExp(String.raw`\b(?:LPNAAA|LPN|OFR|OUK)(?:_|\d{3}[-_])(?:${causes})\b`, 'i');
}

export const ORANGE: ProviderCatalog = {
  id: 'orange',
  provider: 'Orange / La Poste',
  docsUrl: DOCS,
  hostPatterns: [/\borange\.fr\b/i, /\bwanadoo\.fr\b/i, /\blaposte\.net\b/i, /\bmwinf\d{1,4}[a-z]\d{1,3}\b/i],
  rules: [
    {
      code: '101 / 102 / 103 / 510 / 999', match: ofr('101|102|103|510|999'), reason: 'blocked', actor: 'sender-admin', standalone: true,
      meaning: 'Orange or La Poste refuses the sending IP: it is on a blocklist they use (Spamhaus, Cloudmark, Sender Score) or was seen sending spam.',
    },
    {
      code: '104', match: ofr('104'), reason: 'toomanyconn', actor: 'sender-admin', standalone: true,
      meaning: 'The sending server opened too many connections at once; it should use fewer and retry.',
    },
    {
      code: '305 / 402', match: ofr('305|402'), reason: 'securityerror', actor: 'sender', standalone: true,
      meaning: 'The server wants a valid login (SMTP authentication) before it takes the message.',
    },
    {
      code: '401 / 517', match: ofr('401|517'), reason: 'authfailure', actor: 'sender-admin', standalone: true,
      meaning: "The message failed the sender domain's SPF or DMARC check.",
    },
    {
      code: '403 / 405 / 415 / 421', match: ofr('403|405|415|421'), reason: 'rejected', actor: 'sender', standalone: true,
      meaning: "The sender's address was refused: invalid, or not one the signed-in user owns.",
    },
    {
      code: '416', match: ofr('416'), reason: 'userunknown', actor: 'sender', standalone: true,
      meaning: 'At least one recipient address does not exist at Orange or La Poste.',
    },
    {
      code: '417', match: ofr('417'), reason: 'mailboxfull', actor: 'recipient', standalone: true,
      meaning: "The recipient's mailbox is full.",
    },
    {
      code: '420 / 426', match: ofr('420|426'), reason: 'suspend', actor: 'recipient', standalone: true,
      meaning: "The recipient's account is archived or blocked and takes no mail.",
    },
    {
      code: '505', match: ofr('505'), reason: 'systemerror', actor: 'sender', standalone: true,
      meaning: 'The receiving server refused the message at the end of the transfer for now ("try again later"); a later retry usually goes through.',
    },
    {
      code: '506', match: ofr('506'), reason: 'spamdetected', actor: 'sender', standalone: true,
      meaning: 'The message itself was refused by the content filter.',
    },
    {
      code: '514', match: ofr('514'), reason: 'mesgtoobig', actor: 'sender', standalone: true,
      meaning: 'The message is over the size limit.',
    },
  ],
};
