/**
 * Cox Communications (cox.net). Its refusals end in a short code, often after "AUP#": "CX..." codes for
 * Cox's own decisions, "IPBL" plus four binary digits for the public blocklists that list the sending IP
 * (one digit per list: Spamhaus ZEN, Return Path, Invaluement ivmSIP, Cloudmark CSI), "URLBL" for a
 * listed web address in the message. Facts from Cox's postmaster pages; meanings in our own words.
 * Limits: only the codes Cox documents are here; the codes are matched as whole words, so they are not
 * found inside longer tokens (base64 text, message ids).
 */
import type { ProviderCatalog } from '../provider-types.ts';

const DOCS = 'https://www.cox.com/business/support/cox-postmaster-administration.html';

/** A Cox code as a whole word, with or without the "AUP#" in front. */
function cox(code: string): RegExp {
  return new RegExp(String.raw`(?:\bAUP#|\b)(?:${code})\b`, 'i');
}

export const COX: ProviderCatalog = {
  id: 'cox',
  provider: 'Cox',
  docsUrl: DOCS,
  hostPatterns: [/\bcox\.net\b/i, /\bAUP#CX[A-Z]{2,6}\b/i, /\b(?:CXBL|CDRBL)\b/, /\bIPBL[01]{4}\b/],
  rules: [
    {
      code: 'CXBL', match: cox('CXBL'), reason: 'blocked', actor: 'sender-admin', standalone: true,
      meaning: 'Cox itself blocked the sending IP because mail from it looked like spam. Cox decides alone whether to lift it: find and stop the cause, then ask Cox through its unblock request form.',
    },
    {
      code: 'CDRBL', match: cox('CDRBL'), reason: 'blocked', actor: 'sender-admin', standalone: true,
      meaning: 'Cox blocked the sending IP for a while (at most a day) because its recent mail looked like spam. Check what the server sent, then let the queue retry after the block ends.',
    },
    {
      code: 'IPBL0001–IPBL1111', match: cox('IPBL[01]{4}'), reason: 'blocked', actor: 'sender-admin', standalone: true,
      meaning: 'The sending IP is on at least one public blocklist Cox consults (each digit of the code stands for one list: Spamhaus ZEN, Return Path, Invaluement ivmSIP, Cloudmark CSI). Get it removed from the lists named, after fixing why it was listed.',
    },
    {
      code: 'URLBL', match: cox('URLBL\\d{3,4}'), reason: 'spamdetected', actor: 'sender', standalone: true,
      meaning: 'A web address in the message is on a blocklist of spam links that Cox consults. Remove or replace the link (link shorteners and tracking domains are frequent culprits).',
    },
    {
      code: 'CXSNDR', match: cox('CXSNDR'), reason: 'rejected', actor: 'sender-admin', standalone: true,
      meaning: "Cox refused the sender's domain: it has no usable MX or address record, or the message failed the domain's SPF or DKIM checks.",
    },
    {
      code: 'CXMJ', match: cox('CXMJ'), reason: 'rejected', actor: 'sender', standalone: true,
      meaning: 'Cox stopped mail from this Cox account after suspicious activity: change all the account\'s passwords, then ask Cox to lift the block.',
    },
    {
      code: 'CXDNS', match: cox('CXDNS'), reason: 'requireptr', actor: 'sender-admin', standalone: true,
      meaning: 'Cox wants every sending IP to have a valid reverse DNS name (PTR), and this one has none that works.',
    },
    {
      code: 'CXCNCT', match: cox('CXCNCT'), reason: 'toomanyconn', actor: 'sender-admin', standalone: true,
      meaning: 'The sending IP opened more connections to Cox than it allows at once; use fewer parallel connections and let the queue retry.',
    },
    {
      code: 'CXMXRT', match: cox('CXMXRT'), reason: 'speeding', actor: 'sender-admin', standalone: true,
      meaning: 'The sender went over the number of messages or recipients Cox accepts in a period; slow down and let the queue retry later.',
    },
  ],
};
