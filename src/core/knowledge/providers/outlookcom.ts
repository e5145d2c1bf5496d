/**
 * Outlook.com, Hotmail, Live and MSN consumer mailboxes. Their own postmaster codes (SC-, DY-, OU-, RP-)
 * come from the Outlook.com postmaster troubleshooting page; meanings in our own words. The service runs
 * on the same filtering platform as Microsoft 365, so that catalog's rules apply after these.
 */
import type { ProviderCatalog } from '../provider-types.ts';

const DOCS = 'https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx';
const DELIST = 'https://olcsupport.office.com/';
const SNDS = 'https://sendersupport.olc.protection.outlook.com/snds/';

export const OUTLOOK_COM: ProviderCatalog = {
  id: 'outlookcom',
  provider: 'Outlook.com / Hotmail',
  docsUrl: DOCS,
  delistUrl: DELIST,
  alsoUses: ['microsoft365'],
  hostPatterns: [
    /\.olc\.protection\.outlook\.com\b/i,
    /\b(?:hotmail|outlook|live|msn)-com\.olc\b/i,
    /\bmx\d\.hotmail\.com\b/i,
  ],
  rules: [
    {
      code: 'SC-001', match: /\bSC-001\b/, reason: 'blocked', actor: 'sender-admin', standalone: true,
      meaning: 'Outlook.com refused mail from this IP for policy reasons, usually its reputation or spam-like content seen from it.',
      docsUrl: DOCS,
    },
    {
      code: 'SC-002', match: /\bSC-002\b/, reason: 'blocked', actor: 'sender-admin', standalone: true,
      meaning: 'Outlook.com saw this IP try many addresses that do not exist (harvesting), and refuses it.',
      docsUrl: DOCS,
    },
    {
      code: 'SC-003', match: /\bSC-003\b/, reason: 'blocked', actor: 'sender-admin', standalone: true,
      meaning: 'Outlook.com believes the sending IP is an open proxy or open relay that anyone can abuse.',
      docsUrl: DOCS,
    },
    {
      code: 'SC-004', match: /\bSC-004\b/, reason: 'blocked', actor: 'sender-admin', standalone: true,
      meaning: 'Outlook.com blocked the IP after complaints from its users about mail from it.',
      docsUrl: DOCS,
    },
    {
      code: 'DY-001', match: /\bDY-001\b/, reason: 'blocked', actor: 'sender-admin', standalone: true,
      meaning: 'The sending IP looks like a dynamic (home or mobile) address, from which Outlook.com does not take mail directly. Send through your provider\'s mail server.',
      docsUrl: DOCS,
    },
    {
      code: 'DY-002', match: /\bDY-002\b/, reason: 'blocked', actor: 'sender-admin', standalone: true,
      meaning: 'Outlook.com thinks the sending machine is compromised or infected and is sending on its own.',
      docsUrl: DOCS,
    },
    {
      code: 'OU-001', match: /\bOU-001\b/, reason: 'blocked', actor: 'sender-admin', standalone: true,
      meaning: 'Outlook.com refused the mail for policy reasons tied to the sending IP or domain; the postmaster site explains the options.',
      docsUrl: DOCS,
    },
    {
      code: 'OU-002', match: /\bOU-002\b/, reason: 'spamdetected', actor: 'sender-admin', standalone: true,
      meaning: 'Outlook.com refused the mail for policy reasons, such as spam-like content or the reputation of the IP or domain.',
      docsUrl: DOCS,
    },
    {
      code: 'RP-001', match: /\bRP-001\b/, reason: 'speeding', actor: 'sender-admin', standalone: true,
      meaning: 'The IP sent more messages than Outlook.com allows for its reputation; the limit eases as reputation improves. The sending server will retry.',
      detail: { rateLimit: 'message rate limit for this IP (RP-001)' },
      docsUrl: DOCS,
    },
    {
      code: 'RP-002', match: /\bRP-002\b/, reason: 'toomanyconn', actor: 'sender-admin', standalone: true,
      meaning: 'The IP opened more connections than Outlook.com allows for its reputation.',
      detail: { rateLimit: 'connection limit for this IP (RP-002)' },
      docsUrl: DOCS,
    },
    {
      code: 'RP-003', match: /\bRP-003\b/, reason: 'toomanyconn', actor: 'sender-admin', standalone: true,
      meaning: 'The IP exceeded the number of connections Outlook.com allows from it at once.',
      detail: { rateLimit: 'concurrent connection limit (RP-003)' },
      docsUrl: DOCS,
    },
    {
      code: 'SNDS', match: /\bsnds\b/i, reason: 'badreputation', actor: 'sender-admin',
      meaning: "The rejection points to Microsoft's Smart Network Data Services, where the owner of the IP can see its reputation with Outlook.com.",
      docsUrl: SNDS,
    },
  ],
};
