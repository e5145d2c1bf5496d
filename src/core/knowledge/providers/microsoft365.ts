/**
 * Microsoft 365 / Exchange Online (Exchange Online Protection). Codes from Microsoft's public NDR
 * reference for Exchange Online; meanings in our own words.
 */
import type { ProviderCatalog } from '../provider-types.ts';

const DOCS = 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online';
const DELIST = 'https://sender.office.com/';

export const MICROSOFT_365: ProviderCatalog = {
  id: 'microsoft365',
  provider: 'Microsoft 365 / Exchange Online',
  docsUrl: DOCS,
  delistUrl: DELIST,
  hostPatterns: [
    /\.mail\.protection\.outlook\.com\b/i,
    /\.prod\.protection\.outlook\.com\b/i,
    /\.prod\.outlook\.com\b/i,
    /\bprotection\.outlook\.com\b/i,
    /\bexchangelabs\.com\b/i,
    /\bresolver\.(?:adr|rst)\.[a-z]/i,
    // Markers only Exchange Online writes into its answers, for a pasted notice whose server names are
    // not there: its anti-spam agent's code "AS(7555)" and its protocol filter's tag.
    /\bAS\([0-9]{3,12}\)/,
    /\[Name=Protocol Filter Agent\]/i,
  ],
  rules: [
    {
      code: '5.7.509', match: /\b5\.7\.509\b/, reason: 'authfailure', actor: 'sender-admin', standalone: true,
      meaning: 'The sender domain publishes a DMARC policy of reject and this message failed DMARC, so Microsoft refused it as the domain asked.',
      detail: { auth: { dmarc: true } },
    },
    {
      code: '5.7.515', match: /\b5\.7\.515\b/, reason: 'authfailure', actor: 'sender-admin', standalone: true,
      meaning: 'Microsoft requires senders of large volumes to pass SPF, DKIM and DMARC; this sending domain did not reach that level of authentication.',
      detail: { auth: { spf: true, dkim: true, dmarc: true } },
    },
    {
      code: '5.7.23', match: /\b5\.7\.23\b/, reason: 'authfailure', actor: 'sender-admin',
      meaning: "The sending server is not allowed by the sender domain's SPF record, and the domain's SPF policy says to refuse such mail.",
      detail: { auth: { spf: true } },
    },
    {
      code: '5.7.606-649', match: /\b5\.7\.6(?:0[6-9]|[1-3]\d|4\d)\b/, reason: 'blocked', actor: 'sender-admin', standalone: true,
      meaning: 'Microsoft has banned the sending IP address after seeing spam or abuse from it. The owner of the IP can ask for removal on the delisting portal once the cause is fixed.',
      docsUrl: DELIST,
    },
    {
      code: '5.7.708', match: /\b5\.7\.708\b/, reason: 'blocked', actor: 'sender-admin', standalone: true,
      meaning: 'Microsoft does not accept mail from this IP address, typically because it is a new or low-reputation address used by a newly created Microsoft 365 tenant.',
    },
    {
      code: '5.7.7xx', match: /\b5\.7\.7(?:0\d|[1-4]\d)\b/, reason: 'blocked', actor: 'sender-admin', standalone: true,
      meaning: "The sender's Microsoft 365 organisation has been blocked from sending because it sent too much suspicious mail. Its administrator must contact Microsoft support.",
    },
    {
      code: '5.7.750', match: /\b5\.7\.750\b/, reason: 'policyviolation', actor: 'sender-admin', standalone: true,
      meaning: "The sending Microsoft 365 organisation tried to send from a domain it has not added and verified in its tenant. Add and verify the domain, or send from one of the tenant's domains.",
    },
    {
      code: '5.7.501-503', match: /\b5\.7\.50[1-3]\b/, reason: 'spamdetected', actor: 'sender-admin', standalone: true,
      meaning: 'The sending account was blocked for sending spam; often the account was compromised. The administrator must secure it and ask Microsoft to release it.',
    },
    {
      code: '5.7.510', match: /\b5\.7\.510\b/, reason: 'policyviolation', actor: 'sender-admin',
      meaning: 'The recipient organisation only accepts mail over IPv6 from authenticated senders, or does not accept it over IPv4; the connection type did not fit its rule.',
    },
    {
      code: '5.7.511', match: /\b5\.7\.511\b/, reason: 'blocked', actor: 'sender-admin', standalone: true,
      meaning: 'Microsoft has banned the sender (IP or domain). Removal is only possible by writing to Microsoft with the full rejection text.',
    },
    {
      code: '5.7.512', match: /\b5\.7\.512\b/, reason: 'notcompliantrfc', actor: 'sender-admin', standalone: true,
      meaning: 'The message has no valid From header, which the mail standards require. The software that built the message has to add one.',
    },
    {
      code: '5.7.513', match: /\b5\.7\.513\b|\bCustomer Block list\b/i, reason: 'blocked', actor: 'recipient-admin', standalone: true,
      meaning: "The recipient's own organisation put the sending IP on its private block list. Only the recipient's administrator can lift it.",
    },
    {
      code: 'Spamhaus', match: /\bblocked using Spamhaus\b/i, reason: 'blocked', actor: 'sender-admin',
      meaning: 'Microsoft refused the connection because the sending IP is on a Spamhaus list. Removal happens at Spamhaus, not at Microsoft.',
      detail: { blocklist: { name: 'Spamhaus ZEN', lookupUrl: 'https://check.spamhaus.org/', delistUrl: 'https://check.spamhaus.org/', ip: null } },
    },
    {
      code: 'SendAsDenied', match: /\bSendAsDenied\b|\bpermissions? to send as this sender\b/i, reason: 'securityerror', actor: 'sender-admin',
      meaning: 'The account that sent the message is not allowed to send as the address in From. An administrator must grant "Send As" rights, or the message must be sent from the account itself.',
    },
    {
      code: '5.7.520', match: /\b5\.7\.520\b/, reason: 'policyviolation', actor: 'recipient-admin',
      meaning: 'The message was to be forwarded automatically to an outside address, and the organisation does not allow forwarding outside.',
    },
    {
      code: '5.7.57', match: /\b5\.7\.57\b/, reason: 'securityerror', actor: 'sender',
      meaning: 'A device or program tried to send through Microsoft 365 without logging in. It must authenticate (SMTP AUTH) on port 587 with a licensed mailbox.',
    },
    {
      code: '5.7.54 / 5.7.64', match: /\b5\.7\.(?:54|64)\b/, reason: 'norelaying', actor: 'sender-admin',
      meaning: 'Microsoft refused to relay the message because the sending server is not recognised as part of the organisation (a connector is missing or misconfigured), or the domain is not one of its accepted domains.',
    },
    {
      code: '5.7.124 / 5.7.133-136', match: /\b5\.7\.1(?:24|3[3-6])\b/, reason: 'policyviolation', actor: 'recipient-admin',
      meaning: 'The recipient is a group or mailbox that only accepts mail from certain or internal senders, and this sender is not one of them.',
    },
    {
      code: 'RESOLVER.RST', match: /\bRESOLVER\.RST\.(?:NotAuthorized|AuthRequired|DLNeedsSenderRestrictions)\b/i, reason: 'policyviolation', actor: 'recipient-admin',
      meaning: "The recipient is a group or mailbox that takes mail only from senders its owner allowed (often only from inside the organisation, signed in). The group's owner or the recipient's administrator has to allow this sender.",
    },
    {
      code: '5.7.1 (restricted)', match: /\b5\.7\.1\b/, alsoRequires: /\bdelivery not authorized\b|\bnot allowed to send\b|\brestricted\b/i, reason: 'policyviolation', actor: 'recipient-admin',
      meaning: "The recipient's organisation restricts who may send to this address, and the sender is not allowed.",
    },
    {
      code: 'S3140/S3150', match: /\bpart of their network is on our block list\b|\((?:AS|S)31\d{2}\)/i, reason: 'blocked', actor: 'sender-admin', standalone: true,
      meaning: "Part of the sending network is on Microsoft's block list. The provider of the sending IP should request removal; the IP owner can also use the delisting form.",
      docsUrl: 'https://olcsupport.office.com/',
    },
    {
      code: '4.7.650', match: /\b4\.7\.650\b/, reason: 'badreputation', actor: 'sender-admin', standalone: true,
      meaning: 'Microsoft is temporarily limiting how much mail it takes from this IP because of its reputation. Slow down; the sending server will retry.',
      detail: { rateLimit: 'reduced by Microsoft because of IP reputation' },
    },
    {
      code: '4.7.500-699', match: /\b4\.7\.(?:5\d\d|6\d\d)\b/, reason: 'badreputation', actor: 'sender-admin',
      meaning: 'Microsoft is deferring mail from this IP because it saw suspicious activity. The deferral lifts when the traffic looks normal again.',
    },
    {
      code: '5.1.10', match: /\b5\.1\.10\b|RecipientNotFound/i, reason: 'userunknown', actor: 'sender',
      meaning: "Microsoft could not find the recipient in the destination organisation's directory: the address is wrong or the mailbox was removed.",
      docsUrl: 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-1-10-in-exchange-online',
    },
    {
      code: '5.1.1', match: /\b5\.1\.1\b|RecipNotFound|resolver\.adr\.exrecipnotfound/i, reason: 'userunknown', actor: 'sender',
      meaning: 'The address does not exist in the destination organisation (often an old entry remembered by Outlook).',
    },
    {
      code: '5.4.1', match: /\b5\.4\.1\b/, alsoRequires: /\brecipient address rejected\b/i, reason: 'userunknown', actor: 'sender',
      meaning: "The recipient's organisation checks addresses before accepting mail (directory-based edge blocking) and this address is not in its directory.",
    },
    {
      code: '5.4.1 (relay)', match: /\b5\.4\.1\b|\brelay access denied\b/i, reason: 'norelaying', actor: 'recipient-admin',
      meaning: "Microsoft will not relay the message: the recipient domain is not an accepted domain of the organisation whose servers were contacted (often an MX record left pointing at Microsoft).",
    },
    {
      code: '5.1.8', match: /\b5\.1\.8\b/, alsoRequires: /\bbad outbound sender\b|\baccess denied\b/i, reason: 'rejected', actor: 'sender-admin',
      meaning: 'The sending account has been stopped from sending, usually because it was compromised and sent spam.',
    },
    {
      code: '5.1.90 / 5.2.121-122', match: /\b5\.(?:1\.90|2\.12[12])\b/, reason: 'speeding', actor: 'sender',
      meaning: 'A daily or hourly limit of messages or recipients for the account was reached. Wait until the limit resets.',
    },
    {
      code: '5.2.2', match: /\b5\.2\.2\b|\bmailbox full\b|\bquota exceeded\b/i, reason: 'mailboxfull', actor: 'recipient',
      meaning: "The recipient's mailbox is over its storage limit.",
    },
    {
      code: '5.4.310 / 5.4.4', match: /\b5\.4\.(?:310|4)\b|\bDNS domain\b[^\n]{0,5}\bdoes not exist\b/i, reason: 'hostunknown', actor: 'sender',
      meaning: 'The recipient domain does not exist in DNS, or its mail records cannot be used.',
    },
    {
      code: '5.4.312 / 4.4.3', match: /\b[45]\.4\.312\b|\b4\.4\.3\b/, reason: 'networkerror', actor: 'recipient-admin',
      meaning: "Looking up the recipient domain's mail servers in DNS failed.",
    },
    {
      code: '5.4.300 / 5.4.316 / 4.4.7', match: /\b5\.4\.3(?:00|16)\b|\b4\.4\.7\b|\bmessage expired\b/i, reason: 'expired', actor: 'recipient-admin',
      meaning: 'Microsoft kept retrying and gave up when the retry period ran out; the destination did not accept or could not be reached.',
    },
    {
      code: '5.4.6 / 5.4.14', match: /\b5\.4\.(?:6|14)\b/, reason: 'networkerror', actor: 'recipient-admin',
      meaning: 'A mail routing loop: the message went back and forth between servers (for example a forwarding rule pointing back at itself).',
    },
    {
      code: '5.6.11', match: /\b5\.6\.11\b/, reason: 'contenterror', actor: 'sender-admin',
      meaning: 'The message contains characters the receiving side does not allow, typically bare line feeds from a badly written sending program.',
    },
    {
      code: '5.3.190', match: /\b5\.3\.190\b/, reason: 'policyviolation', actor: 'sender-admin',
      meaning: 'Journaling copies from an on-premises server into Microsoft 365 are not accepted.',
    },
  ],
};
