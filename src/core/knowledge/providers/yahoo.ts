/**
 * Yahoo Mail and AOL (both run by Yahoo). Codes from the Yahoo Sender Hub list of SMTP errors; meanings
 * in our own words. The bracketed codes ([TSS04], [BL21], ...) are Yahoo's own.
 */
import type { ProviderCatalog } from '../provider-types.ts';

const DOCS = 'https://senders.yahooinc.com/smtp-error-codes/';
const SPAMHAUS = 'https://check.spamhaus.org/';

/** The Spamhaus sub-list a Yahoo BLxx code names. */
function spamhaus(name: string) {
  return { blocklist: { name, lookupUrl: SPAMHAUS, delistUrl: SPAMHAUS, ip: null } };
}

export const YAHOO: ProviderCatalog = {
  id: 'yahoo',
  provider: 'Yahoo / AOL',
  docsUrl: DOCS,
  delistUrl: 'https://senders.yahooinc.com/contact',
  hostPatterns: [
    /\.yahoodns\.net\b/i,
    /\b(?:mta\d{1,3}\.)?am0\.yahoodns\.net\b/i,
    /\.mail\.yahoo\.com\b/i,
    /\bmx-aol\.mail\.gm0\.yahoodns\.net\b/i,
    /\.mx\.aol\.com\b/i,
    /\bsenders\.yahooinc\.com\b|\bpostmaster\.yahooinc\.com\b/i,
  ],
  rules: [
    {
      code: 'BL21', match: /\[BL21\]/i, reason: 'blocked', actor: 'sender-admin', standalone: true,
      meaning: 'Yahoo refuses the connection because the sending IP is on the Spamhaus PBL, a list of addresses that should not send mail directly (typically home or dynamic ranges).',
      detail: spamhaus('Spamhaus PBL'),
    },
    {
      code: 'BL22', match: /\[BL22\]/i, reason: 'blocked', actor: 'sender-admin', standalone: true,
      meaning: 'Yahoo refuses the connection because the sending IP is on the Spamhaus XBL: it appears to be infected or hijacked.',
      detail: spamhaus('Spamhaus XBL'),
    },
    {
      code: 'BL23', match: /\[BL23\]/i, reason: 'blocked', actor: 'sender-admin', standalone: true,
      meaning: 'Yahoo refuses the connection because the sending IP is on the Spamhaus SBL, a list of known spam sources.',
      detail: spamhaus('Spamhaus SBL'),
    },
    {
      code: 'TSS04', match: /\[TSS04\]/i, reason: 'badreputation', actor: 'sender-admin', standalone: true,
      meaning: 'Yahoo is temporarily deferring mail from this IP because of unexpected volume or complaints from its users. The sending server will retry; lower the volume and remove recipients who complain.',
      detail: { rateLimit: 'deferred for volume or complaints (TSS04)' },
    },
    {
      code: 'TSS09', match: /\[TSS09\]/i, reason: 'blocked', actor: 'sender-admin', standalone: true,
      meaning: 'Yahoo has stopped accepting mail from this IP for good; retrying will not help until the cause is fixed and Yahoo is contacted.',
    },
    {
      code: 'TSS11', match: /\[TSS11\]/i, reason: 'badreputation', actor: 'sender-admin', standalone: true,
      meaning: 'Yahoo is deferring this sender because of its sending practices or complaints; slow down and let the server retry.',
    },
    {
      code: 'TS01-TS03 / TSS0x', match: /\[TSS?0[1-8]\]/i, reason: 'badreputation', actor: 'sender-admin', standalone: true,
      meaning: 'Yahoo is deferring or limiting mail from this IP because of its reputation, complaints or unusual traffic.',
    },
    {
      code: 'IPTS04', match: /\[IPTS0\d\]/i, reason: 'badreputation', actor: 'sender-admin', standalone: true,
      meaning: 'Yahoo is deferring mail from this IP because of complaints or unusual volume.',
    },
    {
      code: 'PH01', match: /\[PH01\]/i, reason: 'spamdetected', actor: 'sender', standalone: true,
      meaning: 'Yahoo thinks the message may be phishing and will not accept it.',
    },
    {
      code: '5.7.9 (DMARC)', match: /\bDMARC\b/i, reason: 'authfailure', actor: 'sender-admin',
      meaning: "The message failed DMARC and the From domain's policy asks receivers to reject it.",
      detail: { auth: { dmarc: true } },
    },
    {
      code: '5.7.9 (unauthenticated)', match: /\bsender is unauthenticated\b|\bnot authenticated\b/i, reason: 'authfailure', actor: 'sender-admin',
      meaning: 'Yahoo requires every sender to pass SPF or DKIM, and this message passed neither.',
      detail: { auth: { spf: true, dkim: true } },
    },
    {
      code: '554 5.7.9', match: /\b5\.7\.9\b|\bnot accepted for policy reasons\b/i, reason: 'policyviolation', actor: 'sender-admin',
      meaning: 'Yahoo refused the message for policy reasons: its content, authentication or the sender\'s reputation did not meet its rules.',
    },
    {
      code: '4.7.0 (deferred)', match: /\btemporarily deferred\b/i, reason: 'badreputation', actor: 'sender-admin',
      meaning: 'Yahoo is deferring this mail for now; the sending server will retry.',
    },
    {
      code: '5.1.1', match: /\b5\.1\.1\b|\buser doesn't have a (?:yahoo|aol)\b|\bno such user\b/i, reason: 'userunknown', actor: 'sender',
      meaning: 'There is no Yahoo or AOL mailbox with this address.',
    },
    {
      code: '554.30', match: /\bmailbox is disabled\b|\b554\.30\b/i, reason: 'suspend', actor: 'recipient',
      meaning: 'The Yahoo or AOL account exists but is disabled.',
    },
    {
      code: '5.2.2', match: /\bover quota\b|\bmailbox is full\b/i, reason: 'mailboxfull', actor: 'recipient',
      meaning: 'The recipient\'s mailbox is full.',
    },
  ],
};
