/**
 * Apple iCloud Mail (icloud.com, me.com, mac.com). Codes from Apple's postmaster page for iCloud Mail;
 * meanings in our own words.
 */
import type { ProviderCatalog } from '../provider-types.ts';

const DOCS = 'https://support.apple.com/en-us/102322';

export const ICLOUD: ProviderCatalog = {
  id: 'icloud',
  provider: 'Apple iCloud Mail',
  docsUrl: DOCS,
  delistUrl: 'https://support.apple.com/en-us/102322',
  hostPatterns: [/\bmx\d{0,2}\.mail\.icloud\.com\b/i, /\.mail\.icloud\.com\b/i, /\bicloud\.com\b/i, /\bmail\.me\.com\b/i],
  rules: [
    {
      code: 'CS01 / CS02', match: /\[CS0[12]\]/i, reason: 'spamdetected', actor: 'sender', standalone: true,
      meaning: "iCloud's filters (which draw on Cloudmark/Proofpoint data) refused the message by local policy: usually its content or links, sometimes the sender's reputation.",
    },
    {
      code: 'HM07', match: /\[HM07\]/i, reason: 'notcompliantrfc', actor: 'sender-admin', standalone: true,
      meaning: 'iCloud refused the message because of something in its headers (for example a missing or malformed required header).',
    },
    {
      code: 'HM08', match: /\[HM08\]/i, reason: 'spamdetected', actor: 'sender', standalone: true,
      meaning: 'iCloud refused the message because of its local policy, usually the content or how the message is built.',
    },
    {
      code: 'DMARC', match: /\bDMARC\b/i, reason: 'authfailure', actor: 'sender-admin',
      meaning: "The message failed DMARC and the From domain's policy asks receivers to reject it.",
      detail: { auth: { dmarc: true } },
    },
    {
      code: 'blocked IP', match: /\bblocked\b|\bipcheck\.proofpoint\.com\b/i, alsoRequires: /\bip\b|\breputation\b|\bproofpoint\b/i, reason: 'blocked', actor: 'sender-admin',
      meaning: 'iCloud refuses mail from the sending IP because of its reputation (Apple uses Proofpoint reputation data).',
    },
    {
      code: 'Spamhaus DBL', match: /\bSpamhaus DBL\b|\bspamhaus\.org\/dbl\b/i, reason: 'blocked', actor: 'sender-admin', standalone: false,
      meaning: 'iCloud found a domain of the message (sender or link) on the Spamhaus Domain Block List.',
      detail: { blocklist: { name: 'Spamhaus DBL', lookupUrl: 'https://check.spamhaus.org/', delistUrl: 'https://check.spamhaus.org/', ip: null } },
    },
    {
      code: '5.1.1', match: /\b5\.1\.1\b|\buser does not exist\b|\bunknown user\b/i, reason: 'userunknown', actor: 'sender',
      meaning: 'iCloud does not accept mail for this address: it does not exist, or its owner deactivated it (Apple answers 5.1.1 for both).',
    },
    {
      code: 'inactive', match: /\binactive\b|\bdisabled\b/i, reason: 'suspend', actor: 'recipient',
      meaning: 'The iCloud address exists but the owner has deactivated it.',
    },
    {
      code: '5.2.2', match: /\b[45]\.2\.2\b|\bover quota\b/i, reason: 'mailboxfull', actor: 'recipient',
      meaning: "The recipient's iCloud storage is full.",
    },
    {
      code: 'rate', match: /\b4\.7\.\d{1,3}\b/, alsoRequires: /\brate\b|\btoo many\b|\bexcessive volume\b/i, reason: 'speeding', actor: 'sender-admin',
      meaning: 'iCloud is limiting how fast it accepts mail from this sender; the sending server will retry.',
    },
  ],
};
