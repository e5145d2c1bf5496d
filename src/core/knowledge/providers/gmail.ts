/**
 * Gmail and Google Workspace. Codes and wording from Google's public SMTP error reference for Workspace;
 * meanings in our own words. A reply ending in "gsmtp" comes from Google's own filtering; "gcdp" means a
 * rule set by the recipient organisation's administrator.
 */
import type { ProviderCatalog } from '../provider-types.ts';

const DOCS = 'https://support.google.com/a/answer/3726730';
const SENDER_GUIDE = 'https://support.google.com/a/answer/81126';

export const GMAIL: ProviderCatalog = {
  id: 'gmail',
  provider: 'Gmail / Google Workspace',
  docsUrl: DOCS,
  delistUrl: 'https://support.google.com/mail/contact/bulk_send_new',
  hostPatterns: [
    /\b(?:aspmx|alt\d\.aspmx|gmail-smtp-in)\.l\.google\.com\b/i,
    /\bgooglemail\.com\b/i,
    /\.google\.com\b/i,
    /\s(?:-\s)?gsmtp\b/i,
    /\bgcdp\b/i,
  ],
  rules: [
    {
      code: 'gcdp', match: /\bgcdp\b/i, reason: 'policyviolation', actor: 'recipient-admin', standalone: true,
      meaning: "A rule created by the recipient organisation's Google Workspace administrator refused the message, not Google's own filters. Only that administrator can change it.",
    },
    {
      code: '5.7.25', match: /\b5\.7\.25\b/, reason: 'requireptr', actor: 'sender-admin',
      meaning: 'The sending IP has no PTR (reverse DNS) record, or the name in it does not resolve back to the same IP. Google requires both.',
      docsUrl: SENDER_GUIDE,
    },
    {
      code: '5.7.27', match: /\b[45]\.7\.27\b/, reason: 'authfailure', actor: 'sender-admin',
      meaning: "The sender domain's SPF check did not pass, which Google requires of bulk senders.",
      detail: { auth: { spf: true } },
      docsUrl: SENDER_GUIDE,
    },
    {
      code: '5.7.30', match: /\b[45]\.7\.30\b/, reason: 'authfailure', actor: 'sender-admin',
      meaning: 'The DKIM check did not pass, which Google requires of bulk senders.',
      detail: { auth: { dkim: true } },
      docsUrl: SENDER_GUIDE,
    },
    {
      code: '5.7.32', match: /\b[45]\.7\.32\b/, reason: 'authfailure', actor: 'sender-admin',
      meaning: 'The domain in the From address does not match (align with) the domain that passed SPF or DKIM, so DMARC cannot pass.',
      detail: { auth: { dmarc: true } },
      docsUrl: SENDER_GUIDE,
    },
    {
      code: '5.7.40', match: /\b[45]\.7\.40\b/, reason: 'authfailure', actor: 'sender-admin',
      meaning: 'The sender domain publishes no DMARC record, which Google requires of bulk senders.',
      detail: { auth: { dmarc: true } },
      docsUrl: SENDER_GUIDE,
    },
    {
      code: '5.7.26 (DMARC)', match: /\bDMARC\b/, alsoRequires: /\b5\.7\.26\b|\bpolicy\b/i, reason: 'authfailure', actor: 'sender-admin',
      meaning: "The message failed DMARC and the From domain's DMARC policy asks receivers to reject such mail.",
      detail: { auth: { dmarc: true } },
      docsUrl: SENDER_GUIDE,
    },
    {
      code: '5.7.26', match: /\b5\.7\.26\b|\bsender is unauthenticated\b/i, reason: 'authfailure', actor: 'sender-admin',
      meaning: 'Google refused the message because it passed neither SPF nor DKIM. Every sender to Gmail must pass at least one.',
      detail: { auth: { spf: true, dkim: true } },
      docsUrl: SENDER_GUIDE,
    },
    {
      code: '4.7.28 / 5.7.28', match: /\b[45]\.7\.28\b/, reason: 'badreputation', actor: 'sender-admin',
      meaning: 'Google sees an unusual amount of unwanted mail from this IP or domain and is limiting it.',
      detail: { rateLimit: 'limited by Google because of unusual unsolicited volume' },
    },
    {
      code: '4.7.0 (TLS)', match: /\bTLS required\b|\bmust issue a STARTTLS\b/i, reason: 'securityerror', actor: 'sender-admin',
      meaning: 'The recipient domain requires the connection to be encrypted (TLS) and the sending server did not use it.',
      detail: { tlsRequired: true },
    },
    {
      code: '5.7.1 (IPv6)', match: /\bIPv6 sending guidelines\b/i, reason: 'requireptr', actor: 'sender-admin',
      meaning: 'Over IPv6, Gmail requires a PTR record that resolves back to the sending IP, and authenticated mail. One of the two is missing.',
      docsUrl: SENDER_GUIDE,
    },
    {
      code: '4.7.0 (unauthenticated)', match: /\bdoes not have authentication information\b|\bfails to pass authentication checks\b/i, reason: 'authfailure', actor: 'sender-admin',
      meaning: 'The message passed neither SPF nor DKIM, which Gmail requires of everyone who sends to it.',
      detail: { auth: { spf: true, dkim: true } },
      docsUrl: SENDER_GUIDE,
    },
    {
      code: '5.7.1 (Message-ID)', match: /\bvalid Message-ID header\b|\bmissing a valid Message-ID\b/i, reason: 'notcompliantrfc', actor: 'sender-admin',
      meaning: 'The message has no valid Message-ID header; Gmail refuses such messages. The sending program must add one.',
    },
    {
      code: '5.7.1 (reputation)', match: /\blow reputation of the sending\b|\bvery low reputation\b/i, reason: 'badreputation', actor: 'sender-admin',
      meaning: 'Gmail rejected the message because the sending IP or domain has a very low reputation with it.',
      docsUrl: 'https://postmaster.google.com/',
    },
    {
      code: '5.7.1 (direct IP)', match: /\bnot authorized to send email directly to our servers\b/i, reason: 'blocked', actor: 'sender-admin',
      meaning: "The sending IP is not meant to send mail directly (for example a home connection); send through your provider's mail server.",
    },
    {
      code: '5.7.1 (spam)', match: /\blikely unsolicited mail\b|\bsuspicious due to the nature of the content\b/i, reason: 'spamdetected', actor: 'sender',
      meaning: "Gmail's filters judged the message to be unsolicited mail.",
    },
    {
      code: '5.7.1 (policy)', match: /\bhas a policy that prohibited the mail\b/i, reason: 'policyviolation', actor: 'recipient-admin',
      meaning: 'The recipient or sending domain has a policy that refuses this mail.',
    },
    {
      code: '5.7.1 (From header)', match: /\bmissing a valid address in From\b|\bno From: header\b/i, reason: 'notcompliantrfc', actor: 'sender-admin',
      meaning: 'The message has no valid From address, which Gmail requires.',
    },
    {
      code: '5.7.0 (security)', match: /\bpotential security issue\b|\bcontains a virus\b|\bblocked file type\b/i, reason: 'virusdetected', actor: 'sender',
      meaning: 'Gmail blocked the message because its content (often an attachment) could be harmful.',
      docsUrl: 'https://support.google.com/mail/answer/6590',
    },
    {
      code: '5.2.1 / 4.2.1 (rate)', match: /\breceiving e?mail (?:too quickly|at a rate)\b|\be?mail too quickly\b/i, reason: 'speeding', actor: 'sender',
      meaning: 'The recipient is receiving mail faster than Gmail allows for one mailbox; try again later.',
    },
    {
      code: '5.2.1', match: /\b5\.2\.1\b|\baccount that you tried to reach is (?:disabled|inactive)\b/i, reason: 'suspend', actor: 'recipient',
      meaning: 'The Gmail account exists but is disabled or inactive.',
    },
    {
      code: '5.1.1', match: /\b5\.1\.1\b|\baccount that you tried to reach does not exist\b/i, reason: 'userunknown', actor: 'sender',
      meaning: 'There is no Google account with this address.',
      docsUrl: 'https://support.google.com/mail/answer/6596',
    },
    {
      code: '5.1.2', match: /\brecipient domain\b/i, alsoRequires: /\b5\.1\.2\b|\bfind\b/i, reason: 'hostunknown', actor: 'sender',
      meaning: 'Google could not find the recipient domain; check it for a typing mistake.',
    },
    {
      code: '4.2.2 / 5.2.2', match: /\b[45]\.2\.2\b|\bover quota\b|\bout of storage\b/i, reason: 'mailboxfull', actor: 'recipient',
      meaning: 'The recipient has run out of Google storage.',
    },
    {
      code: '5.3.4', match: /\b5\.3\.4\b/, reason: 'mesgtoobig', actor: 'sender',
      meaning: "The message is larger than Google accepts. Attaching files makes them about a third bigger, so a file well under the limit can still push the message over it.",
    },
    {
      code: '5.2.3', match: /\b5\.2\.3\b/, reason: 'exceedlimit', actor: 'sender',
      meaning: "The message exceeds Google's size limits.",
    },
    {
      code: '5.5.3', match: /\b[45]\.5\.3\b/, reason: 'exceedlimit', actor: 'sender',
      meaning: 'The message had more recipients than Google accepts in one go.',
    },
    {
      code: '5.7.0 (relay)', match: /\bmail relay denied\b/i, reason: 'norelaying', actor: 'sender-admin',
      meaning: 'Google will not relay this message; the sending server is not allowed to use Google as a relay.',
    },
    {
      code: '4.3.0', match: /\b4\.3\.0\b|\btemporary system problem\b/i, reason: 'systemerror', actor: 'recipient-admin',
      meaning: 'A temporary problem on Google\'s side; the sending server will retry.',
    },
    {
      code: '5.6.0', match: /\b5\.6\.0\b|\bmessage is malformed\b/i, reason: 'contenterror', actor: 'sender-admin',
      meaning: 'The message is not built correctly and Gmail will not accept it.',
    },
  ],
};
