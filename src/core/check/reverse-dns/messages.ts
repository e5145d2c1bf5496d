/** The words of the reverse-DNS check, kept apart from its logic. */
import type { GenericReason } from './generic-name.ts';
import type { PtrName } from './types.ts';

const describeGeneric = (r: GenericReason): string =>
  r.kind === 'contains-ip' ? `it contains the address itself ("${r.form}")` : `it contains the word "${r.word}"`;

export const RDNS_TEXT = {
  badIp: (input: string) => `"${input}" is not an IP address, so its reverse DNS cannot be checked.`,
  badIpSummary: 'Not checked: no valid IP address',
  nonPublic: (ip: string, range: string) => `${ip} is not a public internet address (${range}); receivers see the public address of the sending server, which is the one to check.`,
  lookupFailed: (ip: string, query: string, why: string) => `The PTR lookup for ${ip} (${query}) failed (${why}), so its reverse DNS is unknown.`,
  noPtrInAnswer: 'the answer held no PTR record',
  lookupFailedFix: 'Try again later or with another resolver.',
  lookupFailedSummary: (ip: string) => `Could not look up the reverse DNS of ${ip}`,
  missing: (ip: string) => `${ip} has no reverse DNS (PTR) record. Gmail rejects such mail (550 5.7.25), and Microsoft, Yahoo and most filters distrust it.`,
  missingFix: (ip: string) => `Ask whoever provides the IP ${ip} (your hosting or internet provider; only they can change reverse DNS) to set its PTR record to your mail server's host name, e.g. mail.your-domain.example, and make sure that name has an A/AAAA record of ${ip}.`,
  missingSummary: (ip: string) => `${ip} has no reverse DNS`,
  mismatch: (ip: string, n: PtrName) => n.forward === 'no-address'
    ? `${ip} points to ${n.name}, but ${n.name} has no address record, so the reverse DNS is not forward-confirmed (Gmail 550 5.7.25).`
    : `${ip} points to ${n.name}, but ${n.name} resolves to ${n.addresses.join(', ')}, not to ${ip}: the reverse DNS is not forward-confirmed (Gmail 550 5.7.25).`,
  mismatchFix: (ip: string, n: PtrName, rrType: string) => `Publish "${n.name}. IN ${rrType} ${ip}" in the DNS of ${n.name}, or have the IP's provider change the PTR to a name that already resolves to ${ip}.`,
  mismatchSummary: (ip: string) => `The reverse DNS of ${ip} does not lead back to it`,
  forwardFailed: (n: PtrName) => `Looking up the address of ${n.name} failed, so whether it leads back to the IP is unknown.`,
  forwardFailedSummary: (ip: string) => `Could not confirm the reverse DNS of ${ip}`,
  generic: (n: PtrName) => `The PTR name ${n.name} looks automatically assigned (${n.generic.map(describeGeneric).join('; ')}); receivers take such names for home or dynamic connections that should not send mail directly.`,
  genericFix: (ip: string) => `Ask the provider of ${ip} to set a PTR name for your mail server, e.g. mail.your-domain.example (with a matching A/AAAA record).`,
  several: (count: number) => `There are ${count} PTR records for this IP; some receivers look at only one of them. One PTR per sending IP is the norm.`,
  severalFix: 'Keep one PTR record: the host name your server uses in its HELO/EHLO greeting.',
  namesNotChecked: (total: number, unchecked: number, limit: number) =>
    `The IP has ${total} PTR names; only the first ${limit} were looked up (a limit against hostile reverse zones) and none of them leads back to the IP. The other ${unchecked} were not checked, so whether the reverse DNS is forward-confirmed is unknown.`,
  namesNotCheckedFix: (ptrQuery: string) =>
    `List the names with "dig +short PTR ${ptrQuery}" and look up the address of each by hand. One PTR record per sending IP is the norm; more than a few is almost always a mistake.`,
  namesNotCheckedSummary: (ip: string, unchecked: number, total: number) =>
    `Could not confirm the reverse DNS of ${ip}: ${unchecked} of its ${total} PTR names were not checked`,
  passSummary: (ip: string, name: string) => `${ip} has reverse DNS ${name}, which resolves back to it`,
  warningSummary: (ip: string, name: string) => `${ip} has reverse DNS ${name}, which resolves back to it, with caveats`,
};
