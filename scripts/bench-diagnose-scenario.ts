/**
 * The scenario of `npm run bench:diagnose`: one realistic failed delivery, with every zone it touches
 * declared as data and served by the local DNS stack (test/dns-server) with a fixed delay per answer.
 *
 * sender.example sends from 203.0.113.25 (mail.sender.example) to user@recipient.example and gets a
 * 550 5.7.26 (unauthenticated). Its SPF record reaches the sending IP only at the end of an include chain
 * three levels deep; it signs with DKIM (selector s2026), publishes DMARC with an external rua, and the
 * sending IP is listed on one blocklist.
 */
import { generateKeyPairSync } from 'node:crypto';
import { BLOCKLISTS } from '../src/core/knowledge/blocklists.ts';
import type { Zone, ZoneRecord } from '../test/dns-server/stack.ts';

export const SENDER_DOMAIN = 'sender.example';
export const RECIPIENT_DOMAIN = 'recipient.example';
export const SENDING_IP = '203.0.113.25';
export const SELECTOR = 's2026';

/**
 * The longest chain of lookups where each needs the answer of the one before, reasoned from the zones:
 * SPF check_host() must read sender.example's TXT to learn of the first include, that record to learn of
 * the second, and so on; the IP matches only in the last record, so all four are needed, in order.
 * Every other check is at most two deep (MX then the exchanges' addresses; PTR then the name's A; DMARC
 * record then the rua authorization; a blocklist answer), so this chain sets the floor of the total time.
 */
export const LONGEST_CHAIN: { name: string; type: 'TXT' }[] = [
  { name: 'sender.example', type: 'TXT' },
  { name: '_spf.sender.example', type: 'TXT' },
  { name: '_spf.relay.example', type: 'TXT' },
  { name: '_netblocks.relay.example', type: 'TXT' },
];

/** A fresh 2048-bit RSA public key, base64 of its SubjectPublicKeyInfo, as a DKIM p= value. */
function dkimPublicKey(): string {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
}

/**
 * Zones of every list in the catalog: each answers its documented test name with its first documented
 * listing code, as the real list does; one (Barracuda) lists our IP.
 */
function blocklistZones(): Zone[] {
  const reversed = SENDING_IP.split('.').reverse().join('.');
  return BLOCKLISTS.map((list) => {
    const code = Object.keys(list.returnCodes)[0] ?? '127.0.0.2';
    const records: ZoneRecord[] = [{ name: `${list.testName}.`, type: 'A', value: code }];
    if (list.id === 'barracuda') {
      records.push({ name: `${reversed}.${list.zone}.`, type: 'A', value: code });
    }
    return { origin: list.zone, records };
  });
}

export function scenarioZones(): Zone[] {
  return [
    {
      origin: SENDER_DOMAIN,
      records: [
        { name: '@', type: 'TXT', value: 'v=spf1 include:_spf.sender.example ~all' },
        { name: '_spf', type: 'TXT', value: 'v=spf1 ip4:198.51.100.0/26 include:_spf.relay.example ~all' },
        { name: '@', type: 'MX', value: '10 mail.sender.example' },
        { name: 'mail', type: 'A', value: SENDING_IP },
        { name: `${SELECTOR}._domainkey`, type: 'TXT', value: `v=DKIM1; k=rsa; p=${dkimPublicKey()}` },
        { name: '_dmarc', type: 'TXT', value: 'v=DMARC1; p=reject; rua=mailto:dmarc@reports.example; adkim=r; aspf=r' },
      ],
    },
    {
      origin: 'relay.example',
      records: [
        { name: '_spf', type: 'TXT', value: 'v=spf1 ip4:192.0.2.0/25 include:_netblocks.relay.example -all' },
        { name: '_netblocks', type: 'TXT', value: 'v=spf1 ip4:192.0.2.128/25 ip4:203.0.113.0/28 ip4:203.0.113.16/28 -all' },
      ],
    },
    {
      origin: 'reports.example',
      records: [{ name: 'sender.example._report._dmarc', type: 'TXT', value: 'v=DMARC1' }],
    },
    {
      origin: RECIPIENT_DOMAIN,
      records: [
        { name: '@', type: 'MX', value: '10 mx1.recipient.example' },
        { name: '@', type: 'MX', value: '20 mx2.recipient.example' },
        { name: 'mx1', type: 'A', value: '198.51.100.10' },
        { name: 'mx2', type: 'A', value: '198.51.100.11' },
        { name: '_dmarc', type: 'TXT', value: 'v=DMARC1; p=none' },
      ],
    },
    { origin: '113.0.203.in-addr.arpa', records: [{ name: '25', type: 'PTR', value: 'mail.sender.example' }] },
    ...blocklistZones(),
    // The parent zones exist and answer NXDOMAIN for names they lack (the DMARC tree walk asks
    // _dmarc.example), as the real DNS would, instead of REFUSED from a server without the zone.
    { origin: 'example', records: [] },
    { origin: 'in-addr.arpa', records: [] },
  ];
}

/** The bounce: an RFC 3464 report with the returned message's headers (DKIM-Signature, Received). */
export function scenarioBounce(): string {
  return [
    'Return-Path: <>',
    'From: Mail Delivery Subsystem <mailer-daemon@mail.sender.example>',
    'To: alice@sender.example',
    'Subject: Undelivered Mail Returned to Sender',
    'Date: Sun, 29 Nov 2026 10:00:05 +0000',
    'Message-ID: <bounce-1@mail.sender.example>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="BOUNDARY"',
    '',
    '--BOUNDARY',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'This is the mail system at host mail.sender.example.',
    '',
    "I'm sorry to have to inform you that your message could not be delivered to one or more recipients.",
    '',
    '<user@recipient.example>: host mx1.recipient.example[198.51.100.10] said: 550-5.7.26 This message',
    '    does not pass authentication checks (SPF and DKIM both do not pass). 550 5.7.26 (in reply to end',
    '    of DATA command)',
    '',
    '--BOUNDARY',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mail.sender.example',
    'Arrival-Date: Sun, 29 Nov 2026 10:00:01 +0000',
    '',
    'Final-Recipient: rfc822; user@recipient.example',
    'Original-Recipient: rfc822;user@recipient.example',
    'Action: failed',
    'Status: 5.7.26',
    'Remote-MTA: dns; mx1.recipient.example',
    'Diagnostic-Code: smtp; 550-5.7.26 This message does not pass authentication checks (SPF and DKIM both',
    '    do not pass). 550 5.7.26',
    '',
    '--BOUNDARY',
    'Content-Type: text/rfc822-headers',
    '',
    'Received: from mail.sender.example (mail.sender.example [203.0.113.25])',
    '    by mx1.recipient.example with ESMTPS id abc123; Sun, 29 Nov 2026 10:00:02 +0000',
    `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=sender.example; s=${SELECTOR};`,
    '    h=from:to:subject:date; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=AAAA',
    'From: Alice <alice@sender.example>',
    'To: <user@recipient.example>',
    'Subject: Quarterly report',
    'Date: Sun, 29 Nov 2026 10:00:00 +0000',
    'Message-ID: <msg-1@sender.example>',
    '',
    '--BOUNDARY--',
    '',
  ].join('\r\n');
}
