/**
 * The words of the MX check, kept apart from its logic. Each function returns one sentence (or a fix);
 * the check decides which apply.
 */
import type { DnsFailure } from '../../dns/types.ts';
import type { MxExchange } from './types.ts';

const list = (hosts: MxExchange[]): string =>
  hosts.map((h) => `${h.host} (preference ${h.preference})`).join(', ');

export const MX_TEXT = {
  badDomain: (domain: string, why: string) => `"${domain}" is not a domain name that can receive mail: ${why}.`,
  badDomainFix: 'Check the part of the address after the @ for typing mistakes.',
  badDomainSummary: (domain: string) => `Not checked: "${domain}" is not a valid domain name`,

  lookupFailed: (domain: string, error: DnsFailure) =>
    `The MX lookup for ${domain} failed (${error.kind}: ${error.message}), so where its mail goes is unknown.`,
  lookupFailedFix: 'Try again in a few minutes or with another resolver; if it keeps failing, the domain\'s DNS servers are broken and its owner must fix them.',
  noMxInAnswer: (domain: string) => `The MX answer for ${domain} held no MX record, which a working server never sends, so where its mail goes is unknown.`,
  lookupFailedSummary: (domain: string) => `Could not look up the mail servers of ${domain}`,

  nxdomain: (domain: string) => `The domain ${domain} does not exist in DNS (NXDOMAIN), so no mail can be delivered to it.`,
  nxdomainFix: (domain: string) => `Check the spelling of ${domain}; if it is right, the domain has expired or was never registered: ask the recipient for a current address.`,
  nxdomainSummary: (domain: string) => `${domain} does not exist`,

  nullMx: (domain: string) => `${domain} publishes a null MX ("0 ."): it declares that it accepts no email at all (RFC 7505).`,
  nullMxFix: 'Mail to this domain always bounces. Ask the recipient for another address; if you own the domain and want mail, replace the null MX with real MX records.',
  nullMxSummary: (domain: string) => `${domain} accepts no email (null MX)`,
  nullMxMixed: (domain: string) => `${domain} publishes a null MX together with other MX records, which RFC 7505 forbids; senders may treat it either way.`,
  nullMxMixedFix: 'Remove the "0 ." MX record (or remove the others if the domain really takes no mail).',

  implicit: (domain: string, addresses: string[]) =>
    `${domain} has no MX record; mail goes to the address of the domain itself (${addresses.join(', ')}), the "implicit MX" of RFC 5321 5.1.`,
  implicitFix: (domain: string) => `Publish an explicit MX record, e.g. "${domain}. 3600 IN MX 10 mail.${domain}.", naming the server that really receives mail; some senders refuse to use an implicit MX.`,
  implicitSummary: (domain: string) => `${domain} has no MX record; mail would go to its own address`,
  implicitFailed: (domain: string) => `${domain} has no MX record, and looking up its own address failed, so whether any server receives its mail is unknown.`,
  noMailHost: (domain: string) => `${domain} has no MX record and no address record: no server receives mail for it.`,
  noMailHostFix: (domain: string) => `The owner of ${domain} must publish MX records for its mail servers; until then, mail to it cannot be delivered.`,
  noMailHostSummary: (domain: string) => `${domain} has no mail server`,

  ipLiteral: (e: MxExchange) => `The MX record ${e.preference} ${e.host} names an IP address instead of a host name; RFC 5321 requires a host name, and most senders cannot use it.`,
  ipLiteralFix: (domain: string, e: MxExchange) => `Publish an A record such as "mail.${domain}. IN A ${e.host}" and point the MX at "mail.${domain}." instead.`,
  noAddress: (e: MxExchange) => `The mail server ${e.host} (preference ${e.preference}) has no A or AAAA record, so nobody can connect to it.`,
  noAddressFix: (e: MxExchange) => `Publish an A (and AAAA) record for ${e.host}, or remove the MX record that names it.`,
  exchangeFailed: (e: MxExchange) => `Looking up the address of ${e.host} failed, so whether it can receive mail is unknown.`,
  cname: (e: MxExchange) => `The MX host ${e.host} is an alias (CNAME to ${e.cnameChain.join(' → ')}); RFC 5321 5.1 says MX records must name a host directly, and some senders refuse aliases.`,
  cnameFix: (e: MxExchange) => `Point the MX record at ${e.cnameChain[e.cnameChain.length - 1] ?? 'the canonical name'} directly instead of the alias ${e.host}.`,
  unreachable: (e: MxExchange) => `The MX host ${e.host} resolves to ${e.unreachableAddresses.join(', ')}, an address nobody on the internet can reach (private, loopback or link-local).`,
  unreachableFix: (e: MxExchange) => `Give ${e.host} its public address in DNS.`,
  noUsableExchange: (domain: string) => `None of the mail servers of ${domain} can be reached, so mail to it cannot be delivered.`,
  noUsableExchangeFix: (domain: string) => `The owner of ${domain} must point its MX records at hosts with public addresses.`,
  noUsableSummary: (domain: string) => `No reachable mail server for ${domain}`,
  unknownExchangesSummary: (domain: string) => `Could not confirm that any mail server of ${domain} resolves`,

  passSummary: (domain: string, hosts: MxExchange[]) => `${domain} receives mail at ${list(hosts)}`,
  warningSummary: (domain: string, hosts: MxExchange[]) => `${domain} receives mail at ${list(hosts)}, with problems`,

  stale: (server: string, domain: string, hosts: MxExchange[]) =>
    `The bounce came from ${server}, which is not one of the current mail servers of ${domain} (${list(hosts)}). The sending server may be using an old MX record, e.g. after the domain moved to another mail provider.`,
  staleFix: (server: string) => `Sender's mail admin: flush the DNS cache of the sending server (or wait for the old MX record's TTL to run out) and check that no static route or smarthost still sends this domain's mail to ${server}.`,
  sameOrganization: (server: string, org: string) => `The bounce came from ${server}, not listed as an MX host but in the same organization (${org}) as a current one: normal for large providers.`,
  answeredByCurrent: (server: string) => `The bounce came from ${server}, one of the current mail servers.`,
};
