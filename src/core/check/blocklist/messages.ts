/** The words of the blocklist checks, kept apart from their logic. */
import type { DnsFailure } from '../../dns/types.ts';
import type { ListResult } from './types.ts';

const names = (lists: ListResult[]): string => lists.map((l) => l.name).join(', ');
/** "1 list", "3 lists". */
const lists = (n: number): string => `${n} list${n === 1 ? '' : 's'}`;

export const BL_TEXT = {
  notListedMeaning: 'not listed (the list answered that it has no entry)',
  dnsError: (e: DnsFailure) => `the lookup failed (${e.kind}: ${e.message})`,
  emptyAnswer: 'the answer had no address record',
  refused: (codes: string, meaning: string) => `the list refused to answer (${codes}: ${meaning})`,
  undocumented: (codes: string, meaning: string) => `the list answered ${codes}, which it does not document as a listing (${meaning})`,
  testPointDead: (query: string) => `this list does not answer through your resolver: its test point ${query} is not listed, so "not listed" from it would mean nothing`,
  testPointFailed: (why: string) => `its test point could not be checked: ${why}`,
  listsEverything: (query: string) => `the list also answers "listed" for ${query}, which no list may list (RFC 5782): it is answering "listed" for everything`,
  badDqsKey: 'the Data Query Service key given is not a valid key (letters and digits only)',
  notApplicableIpv6: 'this list does not cover IPv6 addresses',

  listed: (target: string, l: ListResult) => `${target} is listed on ${l.name} (${l.answer.join(', ')}: ${l.meaning}).${l.txt ? ` The list says: "${l.txt}".` : ''} ${l.usedBy}`,
  listedFix: (target: string, l: ListResult) => `Find and stop what made ${target} send unwanted mail (a compromised account, an infected machine, a form or list that mails people who did not ask), then: ${l.delistHow} Lookup: ${l.lookupUrl}${l.delistUrl ? ` Removal: ${l.delistUrl}` : ''}`,
  couldNotCheck: (l: ListResult) => `${l.name}: could not check, ${l.meaning}. Raw answer for ${l.query}: ${l.answer.length > 0 ? l.answer.join(', ') : l.outcome}.`,
  couldNotCheckFix: (l: ListResult) => `Check by hand on ${l.lookupUrl}.`,
  needsDqs: (lists: ListResult[]) => `Spamhaus refuses queries that come through public resolvers (such as Cloudflare or Google DNS), so ${names(lists)} cannot be checked from here without a key.`,
  needsDqsFix: 'Get a free Spamhaus Data Query Service key (https://www.spamhaus.com/free-trial/sign-up-for-a-free-data-query-service-account/) and enter it in the settings; the check then asks <key>.zen.dq.spamhaus.net, which works through any resolver. Or look the target up by hand on https://check.spamhaus.org/.',
  unknownList: (id: string) => `"${id}" is not a known blocklist; it was skipped.`,
  badTarget: (kind: 'ip' | 'domain', input: string) => kind === 'ip' ? `"${input}" is not an IP address.` : `"${input}" is not a valid domain name.`,
  badTargetSummary: (kind: 'ip' | 'domain') => kind === 'ip' ? 'Not checked: no valid IP address' : 'Not checked: no valid domain',
  nonPublic: (ip: string, range: string) => `${ip} is not a public address (${range}); blocklists only list public addresses, so this says nothing about the server's public IP.`,
  noLists: 'No blocklist applies to this target.',
  noListsSummary: 'No blocklist applies',

  // Summaries, one per combination of verdicts (the check picks one; the words are all here).
  /** Listed on some lists; every other list answered. */
  failSummary: (target: string, listed: ListResult[], total: number) => `${target} is listed on ${listed.length} of ${lists(total)}: ${names(listed)}`,
  /** Listed on some lists, and some others could not be checked. */
  failSomeUnknownSummary: (target: string, listed: ListResult[], total: number, unknown: ListResult[]) =>
    `${target} is listed on ${listed.length} of ${lists(total)}: ${names(listed)}; could not check ${names(unknown)}`,
  /** Not listed where lists answered, but some could not be checked. */
  cncSummary: (target: string, notListed: number, unknown: ListResult[]) =>
    `${target} is not listed on ${lists(notListed)}; could not check ${names(unknown)}`,
  /** No list gave a verdict at all. */
  noneAnsweredSummary: (target: string, unknown: ListResult[]) =>
    unknown.length === 1
      ? `Could not check ${target} on ${names(unknown)}: the list gave no verdict`
      : `Could not check ${target} on any of the ${unknown.length} lists: ${names(unknown)}`,
  /** Every list answered "not listed". */
  passSummary: (target: string, total: number) =>
    total === 1 ? `${target} is not listed on the one list checked` : `${target} is not listed on any of the ${total} lists checked`,
};
