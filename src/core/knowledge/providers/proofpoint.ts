/**
 * Proofpoint (Proofpoint Protection Server, hosted pphosted.com, and Proofpoint Essentials). Wording
 * from Proofpoint's public help on its rejection messages and its IP reputation lookup; meanings ours.
 */
import type { ProviderCatalog } from '../provider-types.ts';

const IPCHECK = 'https://ipcheck.proofpoint.com/';

export const PROOFPOINT: ProviderCatalog = {
  id: 'proofpoint',
  provider: 'Proofpoint',
  docsUrl: 'https://help.proofpoint.com/',
  delistUrl: IPCHECK,
  hostPatterns: [/\.pphosted\.com\b/i, /\.ppe-hosted\.com\b/i, /\bproofpoint\b/i],
  rules: [
    {
      code: 'IP reputation', match: /\bipcheck\.proofpoint\.com\b|\bdnsbl-lookup\b|\bpoor reputation sender\b/i, reason: 'blocked', actor: 'sender-admin', standalone: true,
      meaning: "Proofpoint refuses the sending IP because of its reputation in Proofpoint's own data. The IP owner can look it up and request a review on Proofpoint's IP check page.",
      docsUrl: IPCHECK,
      detail: { blocklist: { name: 'Proofpoint Dynamic Reputation', lookupUrl: IPCHECK, delistUrl: IPCHECK, ip: null } },
    },
    {
      code: 'spam', match: /\brejected as spam\b|\bspam content\b|\bcontent filtering\b/i, reason: 'spamdetected', actor: 'sender',
      meaning: "Proofpoint's content filter scored the message as spam.",
    },
    {
      code: 'virus', match: /\bvirus\b|\bmalware\b/i, reason: 'virusdetected', actor: 'sender',
      meaning: 'Proofpoint found or suspected malware in the message.',
    },
    {
      code: 'DMARC', match: /\bDMARC\b/i, reason: 'authfailure', actor: 'sender-admin',
      meaning: 'The message failed DMARC and the recipient site enforces the sender domain\'s policy.',
      detail: { auth: { dmarc: true } },
    },
    {
      code: 'SPF', match: /\bSPF\b/, reason: 'authfailure', actor: 'sender-admin',
      meaning: "The sending server is not authorised by the sender domain's SPF record.",
      detail: { auth: { spf: true } },
    },
    {
      code: 'relay', match: /\brelay(?:ing)? (?:access )?denied\b/i, reason: 'norelaying', actor: 'recipient-admin',
      meaning: 'Proofpoint does not handle mail for this recipient domain (for example after the recipient left Proofpoint but kept the MX record).',
    },
    {
      code: 'unknown user', match: /\buser unknown\b|\bno such user\b|\brecipient not found\b|\binvalid recipient\b/i, reason: 'userunknown', actor: 'sender',
      meaning: 'The recipient address is not known to the organisation behind Proofpoint.',
    },
    {
      code: 'policy', match: /\bmessage blocked\b|\bpolicy\b/i, reason: 'policyviolation', actor: 'recipient-admin',
      meaning: "A rule set by the recipient organisation in Proofpoint refused the message.",
    },
  ],
};
