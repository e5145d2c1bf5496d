/**
 * au by KDDI (ezweb.ne.jp, au.com), a Japanese mobile carrier. Its servers answer "User unknown" in two
 * shapes: with the refused address quoted ("550 <x@ezweb.ne.jp>: User unknown") when the mailbox does not
 * exist, and with the address left empty ("550 : User unknown") when the recipient's own reception
 * filter (designated senders or domains) refused the sender. Meanings in our own words.
 */
import type { ProviderCatalog } from '../provider-types.ts';

const DOCS = 'https://www.au.com/support/service/mobile/trouble/mail/email/filter/';

export const KDDI: ProviderCatalog = {
  id: 'kddi',
  provider: 'au by KDDI (ezweb.ne.jp / au.com)',
  docsUrl: DOCS,
  hostPatterns: [/\bezweb\.ne\.jp\b/i, /\bau\.com\b/i],
  rules: [
    {
      code: 'account is disabled', match: /\bthe user\(s\) account is disabled\b/i, reason: 'suspend', actor: 'recipient',
      meaning: "au's notice says the recipient's account is disabled (suspended or cancelled phone contract); mail is refused until it is active again.",
    },
    {
      code: 'account is over quota', match: /\bthe user\(s\) account is temporarily over quota\b/i, reason: 'mailboxfull', actor: 'recipient',
      meaning: "au's notice says the recipient's mailbox is full for now; the recipient must delete mail before more can arrive.",
    },
    {
      code: '550 : User unknown', match: /\b550:?\s{0,3}:\s{0,3}user unknown\b/i, reason: 'filtered', actor: 'recipient',
      meaning: "The recipient's reception filter (allowed senders or domains set on the phone account) refused this sender; au words it as an unknown user without naming the address.",
    },
    {
      code: '<address>: User unknown', match: />:\s{0,3}user unknown\b/i, reason: 'userunknown', actor: 'sender',
      meaning: 'au has no mailbox under the quoted address: it was mistyped, or the phone contract behind it was cancelled or its address changed.',
    },
  ],
};
