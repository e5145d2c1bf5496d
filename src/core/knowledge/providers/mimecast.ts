/**
 * Mimecast. Wording from Mimecast's public list of SMTP rejection messages; meanings in our own words.
 */
import type { ProviderCatalog } from '../provider-types.ts';

const DOCS = 'https://community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754';

export const MIMECAST: ProviderCatalog = {
  id: 'mimecast',
  provider: 'Mimecast',
  docsUrl: DOCS,
  hostPatterns: [/\.mimecast\.com\b/i, /\.mimecast-offshore\.com\b/i, /\bmimecast\b/i],
  rules: [
    {
      code: 'Envelope blocked - User Entry', match: /\benvelope blocked - user (?:domain )?entry\b/i, reason: 'filtered', actor: 'recipient', standalone: true,
      meaning: 'The recipient has put your address or domain on their personal block list in Mimecast. Only they can remove it.',
    },
    {
      code: 'Administrative prohibition', match: /\badministrative prohibition\b|\benvelope blocked\b/i, reason: 'policyviolation', actor: 'recipient-admin', standalone: true,
      meaning: "The recipient organisation's Mimecast administrator has a rule that blocks this sender or domain.",
    },
    {
      code: 'Anti-Spoofing', match: /\banti-spoofing\b/i, reason: 'authfailure', actor: 'recipient-admin', standalone: true,
      meaning: "Mimecast refused a message that claims to come from the recipient's own domain but arrived from outside; an external service sending on its behalf must be allowed by the administrator.",
    },
    {
      code: 'IP reputation', match: /\b(?:local )?ip reputation\b/i, reason: 'blocked', actor: 'sender-admin',
      meaning: 'Mimecast refuses the sending IP because of its reputation.',
    },
    {
      code: 'RBL', match: /\bRBL\b|\bblock ?list\b/i, reason: 'blocked', actor: 'sender-admin',
      meaning: 'Mimecast refused the sending IP because it appears on a blocklist.',
    },
    {
      code: 'Virus', match: /\bvirus\b/i, reason: 'virusdetected', actor: 'sender',
      meaning: 'Mimecast detected a virus signature in the message.',
    },
    {
      code: 'Spam', match: /\bspam\b/i, reason: 'spamdetected', actor: 'sender',
      meaning: "Mimecast's spam scanning rejected the message.",
    },
    {
      code: 'Invalid recipient', match: /\binvalid recipient\b|\brecipient address rejected\b|\buser unknown\b/i, reason: 'userunknown', actor: 'sender',
      meaning: 'The recipient address is not known to the organisation behind Mimecast.',
    },
    {
      code: 'Size', match: /\b(?:message|email) size\b|\bmaximum (?:email|message) size\b/i, reason: 'mesgtoobig', actor: 'sender',
      meaning: 'The message is larger than the recipient organisation accepts.',
    },
    {
      code: '451 Internal resource temporarily unavailable', match: /\binternal resources? (?:(?:is|are) )?temporarily unavailable\b/i, reason: 'blocked', actor: 'sender-admin', standalone: true,
      meaning: 'Mimecast is greylisting the sending server (a correct server retries after a minute or more and gets through) or is holding it back because of its poor reputation. Persistent failures mean the latter.',
    },
    {
      code: '421 Sender address blocked', match: /\bsender address blocked\b/i, reason: 'policyviolation', actor: 'recipient-admin',
      meaning: "A Blocked Senders policy of the recipient organisation blocks the sending IP or address; only its Mimecast administrator can remove the entry.",
    },
  ],
};
