/**
 * Cisco Secure Email (IronPort ESA and the Cisco-hosted iphmx.com service). Wording from the default
 * rejection messages of its host access table; meanings in our own words. Its reputation data comes
 * from Cisco Talos.
 */
import type { ProviderCatalog } from '../provider-types.ts';

const TALOS = 'https://talosintelligence.com/reputation_center';

export const CISCO: ProviderCatalog = {
  id: 'cisco',
  provider: 'Cisco Secure Email (IronPort)',
  docsUrl: 'https://www.cisco.com/c/en/us/support/security/email-security-appliance/series.html',
  delistUrl: 'https://talosintelligence.com/reputation_center/support',
  hostPatterns: [/\.iphmx\.com\b/i, /\bironport\b/i, /\bsenderbase\b/i, /\btalosintelligence\.com\b/i],
  rules: [
    {
      code: 'Talos reputation', match: /\bsenderbase\b|\btalosintelligence\b|\bSBRS\b/i, reason: 'blocked', actor: 'sender-admin', standalone: true,
      meaning: 'The gateway refused the sending IP because of its Cisco Talos reputation score. The owner can check it and open a dispute with Talos.',
      docsUrl: TALOS,
      detail: { blocklist: { name: 'Cisco Talos reputation', lookupUrl: TALOS, delistUrl: 'https://talosintelligence.com/reputation_center/support', ip: null } },
    },
    {
      code: 'access rejected', match: /\byour access to submit messages to this e-mail system has been rejected\b/i, reason: 'blocked', actor: 'sender-admin', standalone: true,
      meaning: 'The recipient gateway refuses this sending IP (its host access table blocks it, usually for reputation).',
    },
    {
      code: 'too many connections', match: /\btoo many concurrent SMTP connections\b/i, reason: 'toomanyconn', actor: 'sender-admin',
      meaning: 'The sending IP opened more simultaneous connections than the gateway allows.',
    },
    {
      code: 'too many recipients', match: /\btoo many recipients received this (?:session|hour)\b/i, reason: 'speeding', actor: 'sender-admin',
      meaning: 'The gateway limits how many recipients it takes from one sender per session or hour.',
    },
    {
      code: '#5.1.0 address rejected', match: /#5\.1\.0\b/, alsoRequires: /\baddress rejected\b/i, reason: 'userunknown', actor: 'sender',
      meaning: "The recipient's gateway checked the address against its directory and does not know it.",
    },
    {
      code: '#5.3.4 size', match: /\bmessage size exceeds\b/i, reason: 'mesgtoobig', actor: 'sender',
      meaning: 'The message is larger than the gateway accepts.',
    },
  ],
};
