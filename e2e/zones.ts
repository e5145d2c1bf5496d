/**
 * The DNS data behind the end-to-end tests: the domains and addresses the built-in example bounces name
 * (reserved names only: example.com/.net/.org, .test, 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24),
 * served by the real local stack (nsd + dnsdist, test/dns-server/) that the page reaches through the
 * preview server's /dns-query proxy.
 *
 * The scenarios are chosen so each example's checks end in a definite status:
 * - example.com publishes MX, SPF (its mail hosts, 192.0.2.0/24 and an include), a strict DMARC reject
 *   policy, and three DKIM keys
 *   (RSA 2048, RSA 1024 which is weak, Ed25519); bulk.example.com (the newsletter sender) has its own SPF
 *   and DKIM, so DMARC alignment with example.com fails as the dmarc-reject example says.
 * - example.net and example.test have MX hosts; example.org has SPF, DKIM and DMARC quarantine.
 * - PTR records exist for the sending IPs (forward-confirmed), except 192.0.2.81 (the 551 example), so
 *   one example shows a failing reverse DNS check.
 * Blocklist zones are not served: the real lists are third parties, so their queries are REFUSED and
 * the blocklist cards must say "Could not check", never pass or fail.
 */
import type { Faults, Zone } from '../test/dns-server/types.ts';

const RSA_2048 = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA6j/MC4MuqWAWz2jTf5JesRySDehtslPQ5r27em/GLVyattv8ibL4ebuSQvIxURyDyIcPFuraiRJn6I/1y4TAdzqVLIlPfU77ZcPn0GqMPgkTQ+06XC3imLIan9msXtu0tmPjH8GOUooyX/p6Uhp7tagDAgihZjM7oXtopqdNlhVQf/uf0RzMA/AHOoAa4nylkf9gOXpC/bpCSIvFYiB4QYznXTUPXJBZXhH+E+EJxwFJy4ep6NEKMi7+/x+IDFGPjlDIXZ+9LufVr+CjwiihscV0LHxuwLM2nY7eJfXxWNwQVuifamAsfQPASMLR8tbFL1VvEamFSmtqUdjpeUWJUwIDAQAB';
const RSA_1024 = 'MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDaAtclF2KgwDPojeM1CQOBw94hhFmgJnEKYPr5XrFRQ3wfhM0rG7aRe2TNSGqg1TS2fMBM2kJ6DrB5LewG8+Z5MjE424goONSQBOBEJ0Nu93hRswXW1BOuRpfQVaDhuDnh3PtpdcsifWBzXFRpWPaCJwrW3wDfuozQh5TMqAwb4QIDAQAB';
const ED25519 = 'isyfr9Ul9/HnWWRVnVaYEv/DKQl4Fh+ICOt6ztfmBLk=';

export const zones: Zone[] = [
  {
    origin: 'example.com',
    records: [
      { name: '@', type: 'MX', value: '10 mail.example.com' },
      { name: '@', type: 'TXT', value: 'v=spf1 mx a:smtp.example.com a:relay.example.com ip4:192.0.2.0/24 include:_spf.example.org -all' },
      { name: '_dmarc', type: 'TXT', value: 'v=DMARC1; p=reject; adkim=s; aspf=s; rua=mailto:dmarc-reports@example.com' },
      { name: 'mail2026._domainkey', type: 'TXT', value: `v=DKIM1; k=rsa; p=${RSA_2048}` },
      { name: 'selector1._domainkey', type: 'TXT', value: `v=DKIM1; k=rsa; p=${RSA_1024}` },
      { name: 'ed2026._domainkey', type: 'TXT', value: `v=DKIM1; k=ed25519; p=${ED25519}` },
      { name: 'mail', type: 'A', value: '198.51.100.10' },
      { name: 'smtp', type: 'A', value: '198.51.100.61' },
      { name: 'relay', type: 'A', value: '198.51.100.90' },
      { name: 'laptop', type: 'A', value: '192.0.2.44' },
      { name: 'desk12', type: 'A', value: '192.0.2.12' },
      { name: 'out', type: 'A', value: '192.0.2.150' },
      { name: 'bulk', type: 'A', value: '192.0.2.77' },
      { name: 'bulk', type: 'TXT', value: 'v=spf1 ip4:192.0.2.77 -all' },
      { name: 'bulk', type: 'MX', value: '10 mail.example.com' },
      { name: 's1._domainkey.bulk', type: 'TXT', value: `v=DKIM1; k=rsa; p=${RSA_2048}` },
    ],
  },
  {
    origin: 'example.net',
    records: [
      { name: '@', type: 'MX', value: '10 mx1.example.net' },
      { name: '@', type: 'MX', value: '20 mail.example.net' },
      { name: '@', type: 'TXT', value: 'v=spf1 mx -all' },
      { name: '_dmarc', type: 'TXT', value: 'v=DMARC1; p=none; rua=mailto:postmaster@example.net' },
      { name: 'mx1', type: 'A', value: '198.51.100.25' },
      { name: 'mail', type: 'A', value: '198.51.100.26' },
      { name: 'mx', type: 'A', value: '198.51.100.7' },
    ],
  },
  {
    origin: 'example.org',
    records: [
      { name: '@', type: 'MX', value: '10 mail.example.org' },
      { name: '@', type: 'TXT', value: 'v=spf1 ip4:192.0.2.10 -all' },
      { name: '_spf', type: 'TXT', value: 'v=spf1 ip4:203.0.113.0/24 -all' },
      { name: '_dmarc', type: 'TXT', value: 'v=DMARC1; p=quarantine' },
      { name: 'default._domainkey', type: 'TXT', value: `v=DKIM1; k=rsa; p=${RSA_2048}` },
      { name: 'mail', type: 'A', value: '198.51.100.90' },
      { name: 'out1', type: 'A', value: '192.0.2.10' },
      { name: 'office', type: 'A', value: '192.0.2.10' },
      { name: 'workstation', type: 'A', value: '203.0.113.45' },
    ],
  },
  {
    origin: 'example.test',
    records: [
      { name: '@', type: 'MX', value: '10 mx.example.test' },
      { name: '@', type: 'TXT', value: 'v=spf1 mx -all' },
      { name: 'mx', type: 'A', value: '198.51.100.140' },
      { name: 'greylisting', type: 'A', value: '198.51.100.141' },
      // Answered only after SLOW_DELAY_MS (faults.slow below), so a card is seen while it is checking.
      { name: 'slow', type: 'MX', value: '10 mx.example.test' },
    ],
  },
  {
    origin: '2.0.192.in-addr.arpa',
    records: [
      { name: '44', type: 'PTR', value: 'laptop.example.com' },
      { name: '12', type: 'PTR', value: 'desk12.example.com' },
      { name: '10', type: 'PTR', value: 'out1.example.org' },
      { name: '77', type: 'PTR', value: 'bulk.example.com' },
      { name: '150', type: 'PTR', value: 'out.example.com' },
    ],
  },
  {
    origin: '100.51.198.in-addr.arpa',
    records: [
      { name: '25', type: 'PTR', value: 'mx1.example.net' },
      { name: '61', type: 'PTR', value: 'smtp.example.com' },
      { name: '90', type: 'PTR', value: 'relay.example.com' },
    ],
  },
  {
    origin: '113.0.203.in-addr.arpa',
    records: [{ name: '45', type: 'PTR', value: 'workstation.example.org' }],
  },
];

/** How long answers for slow.example.test are held back. */
export const SLOW_DELAY_MS = 2500;

/** Names that fail or lag on purpose. */
export const faults: Faults = {
  servfail: ['broken.example.test'],
  slow: [{ name: 'slow.example.test', delayMs: SLOW_DELAY_MS }],
};
