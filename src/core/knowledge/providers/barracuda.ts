/**
 * Barracuda Email Security Gateway and Email Gateway Defense (the cloud service). Wording from
 * Barracuda's public documentation of its rejection messages; meanings in our own words.
 */
import type { ProviderCatalog } from '../provider-types.ts';

const CENTRAL = 'https://www.barracudacentral.org/lookups/lookup-reputation';
const REMOVAL = 'https://www.barracudacentral.org/rbl/removal-request';

export const BARRACUDA: ProviderCatalog = {
  id: 'barracuda',
  provider: 'Barracuda',
  docsUrl: 'https://campus.barracuda.com/product/emailgatewaydefense/doc/96022993/reasons-for-blocked-messages/',
  delistUrl: REMOVAL,
  hostPatterns: [/\.barracudanetworks\.com\b/i, /\bbarracuda\b/i, /\.ess\.barracudanetworks\.com\b/i, /\bcuda-inc\.com\b/i],
  rules: [
    {
      code: 'Barracuda Reputation', match: /\bbarracuda ?reputation\b|\bbarracudacentral\b|\bb\.barracudacentral\.org\b/i, reason: 'blocked', actor: 'sender-admin', standalone: true,
      meaning: 'The sending IP is on the Barracuda Reputation Block List. The owner can look it up and request removal at Barracuda Central.',
      docsUrl: CENTRAL,
      detail: { blocklist: { name: 'Barracuda Reputation Block List', lookupUrl: CENTRAL, delistUrl: REMOVAL, ip: null } },
    },
    {
      code: 'blocked (recipient)', match: /\bpermanent failure for one or more recipients\b/i, alsoRequires: /\bblocked\b/i, reason: 'filtered', actor: 'recipient-admin',
      meaning: "The recipient organisation's Barracuda blocked the message for this recipient by its policy or spam scoring.",
    },
    {
      code: 'intent', match: /\bintent\b/i, reason: 'spamdetected', actor: 'sender',
      meaning: 'Barracuda blocked the message because of where its links point (intent analysis).',
    },
    {
      code: '571', match: /(?:^|\s)571\s/, reason: 'policyviolation', actor: 'recipient-admin',
      meaning: 'The Barracuda gateway refused the message by a policy of the recipient organisation.',
    },
    {
      code: 'spam score', match: /\bspam\b/i, reason: 'spamdetected', actor: 'sender',
      meaning: 'The Barracuda spam scoring rejected the message.',
    },
    {
      code: 'virus', match: /\bvirus\b/i, reason: 'virusdetected', actor: 'sender',
      meaning: 'The Barracuda virus scanner rejected the message.',
    },
  ],
};
