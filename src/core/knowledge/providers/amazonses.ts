/**
 * Amazon SES, as the sending service that writes the bounce (suppression, sandbox, quotas). Wording from
 * the SES developer guide; meanings in our own words.
 */
import type { ProviderCatalog } from '../provider-types.ts';

const DOCS = 'https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-error-messages.html';

export const AMAZON_SES: ProviderCatalog = {
  id: 'amazonses',
  provider: 'Amazon SES',
  docsUrl: DOCS,
  hostPatterns: [/\bamazonses\.com\b/i, /\bemail-smtp\.[a-z]{2}-[a-z]{3,9}-\d\.amazonaws\.com\b/i, /\bamazon ses\b/i],
  rules: [
    {
      code: 'suppression list', match: /\bsuppress(?:ed|ion list)\b/i, reason: 'userunknown', actor: 'sender',
      meaning: 'Amazon SES did not even try: the address is on a suppression list because it bounced as invalid (or complained) before. Remove it only if you are sure it is valid now.',
      docsUrl: 'https://docs.aws.amazon.com/ses/latest/dg/sending-email-suppression-list.html',
    },
    {
      code: 'not verified', match: /\bemail address is not verified\b|\bidentities failed the check\b/i, reason: 'norelaying', actor: 'sender-admin', standalone: true,
      meaning: 'SES refuses to pass the message on: the sender (or, while the account is in the SES sandbox, the recipient) is not a verified identity in this AWS region. Verify it, or request production access.',
      docsUrl: 'https://docs.aws.amazon.com/ses/latest/dg/request-production-access.html',
    },
    {
      code: 'maximum sending rate', match: /\bmaximum sending rate exceeded\b/i, reason: 'speeding', actor: 'sender-admin', standalone: true,
      meaning: 'More messages per second were sent than the SES account allows; slow down and retry.',
      detail: { rateLimit: 'SES maximum send rate' },
    },
    {
      code: 'daily quota', match: /\bdaily message quota exceeded\b/i, reason: 'exceedlimit', actor: 'sender-admin', standalone: true,
      meaning: 'The SES account reached its 24-hour sending quota; wait, or ask AWS for a higher quota.',
    },
    {
      code: 'sending paused', match: /\bsending (?:suspended|paused)\b|\baccount is paused\b/i, reason: 'securityerror', actor: 'sender-admin',
      meaning: 'AWS has paused sending for this SES account or configuration set, usually because of high bounce or complaint rates.',
    },
  ],
};
