/**
 * The words of the plan that are not tied to one reason, kept apart from the logic.
 */
import type { CheckName, Finding } from '../check/types.ts';
import type { ListResult } from '../check/blocklist/types.ts';

/** What each check is about, as a step names it. */
export const CHECK_LABELS: Readonly<Record<CheckName, string>> = {
  mx: 'the mail servers (MX)',
  address: 'the recipient address',
  spf: 'SPF',
  dkim: 'DKIM',
  dmarc: 'DMARC',
  'reverse-dns': 'reverse DNS (PTR)',
  'blocklist-ip': 'the IP blocklists',
  'blocklist-domain': 'the domain blocklists',
};

/** "a", "a and b", "a, b and c". */
export function listText(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
}

/** Ends a text with a full stop when it has no closing punctuation ("(…)" alone is not one: "…(timeout)." ). */
export function sentence(text: string): string {
  const t = text.trim();
  return t === '' || /[.!?:]\)?$/.test(t) ? t : `${t}.`;
}

/** The input a step names: domain, IP or address, whichever the check ran on. */
function target(inputs: Record<string, string>): string {
  return inputs.domain || inputs.ip || inputs.address || '';
}

/** Longest title built from a finding's message. */
const MAX_TITLE = 120;

/** The first sentence of a message, cut to MAX_TITLE characters. */
function firstSentence(message: string): string {
  const end = message.search(/[.!?](?:\s|$)/);
  const first = end > 0 ? message.slice(0, end) : message;
  return first.length > MAX_TITLE ? `${first.slice(0, MAX_TITLE - 3)}...` : first;
}

/** Imperative titles for the findings people meet most, by code; `on` is the domain or IP checked. */
export const FINDING_TITLES: Readonly<Record<string, (on: string) => string>> = {
  'dmarc.no-record': (on) => `Publish a DMARC record for ${on}`,
  'dmarc.multiple-records': (on) => `Keep a single DMARC record at _dmarc.${on}`,
  'dmarc.policy-none': (on) => `Raise the DMARC policy of ${on} above p=none once the reports are clean`,
  'dmarc.no-rua': (on) => `Add a report address (rua=) to the DMARC record of ${on}`,
  'dmarc.not-aligned': (on) => `Make SPF or DKIM pass for ${on} itself (DMARC alignment)`,
  'dmarc.rejects-own-mail': (on) => `Fix alignment: the DMARC policy of ${on} rejects this very message`,
  'dmarc.report-unauthorized': () => 'Authorise the external address that receives your DMARC reports',
  'dmarc.syntax': (on) => `Fix the syntax of the DMARC record of ${on}`,
  'dmarc.invalid-value': (on) => `Correct the invalid values in the DMARC record of ${on}`,
  'dkim.revoked': (on) => `Publish a current DKIM key for ${on}, or sign with a selector that has one`,
  'dkim.no-key': (on) => `Publish the DKIM public key the signatures of ${on} refer to`,
  'dkim.no-public-key': (on) => `Repair the DKIM key record of ${on}: it has no p= key`,
  'dkim.rsa-too-short': (on) => `Replace the DKIM key of ${on} with a 2048-bit key`,
  'dkim.rsa-weak': (on) => `Move the DKIM key of ${on} to 2048 bits`,
  'dkim.testing': (on) => `Remove the testing flag (t=y) from the DKIM key of ${on}`,
  'spf.fail': (on) => `Authorise your sending server in the SPF record of ${on}`,
  'spf.neutral': (on) => `Authorise your sending server in the SPF record of ${on}, and end it with ~all or -all`,
  'spf.none': (on) => `Publish an SPF record for ${on}`,
  'spf.permerror': (on) => `Repair the SPF record of ${on}: receivers treat it as broken`,
  'spf.lookups-over-limit': (on) => `Cut the SPF record of ${on} to at most 10 DNS lookups`,
  'spf.lookups-near-limit': (on) => `Trim the SPF record of ${on}: it is close to the 10-lookup limit`,
  'spf.multiple-records': (on) => `Merge the SPF records of ${on} into one`,
  'spf.pass-all': (on) => `Replace "+all" in the SPF record of ${on}: it lets anyone send as you`,
  'spf.syntax': (on) => `Fix the syntax of the SPF record of ${on}`,
  'spf.void-over-limit': (on) => `Remove the SPF terms of ${on} that point at names that do not exist`,
  'spf.include-loop': (on) => `Break the include loop in the SPF record of ${on}`,
  'reverse-dns.missing': (on) => `Have a PTR (reverse DNS) record set for ${on}`,
  'reverse-dns.not-forward-confirmed': (on) => `Make the PTR name of ${on} resolve back to ${on}`,
  'reverse-dns.generic-name': (on) => `Replace the generic PTR name of ${on} with your mail server's name`,
  'mx.stale': (on) => `Stop sending mail for ${on} to its old mail server`,
  'mx.no-mail-host': (on) => `Publish MX records for ${on}`,
  'mx.domain-not-found': (on) => `Check the domain ${on}: it does not exist in DNS`,
  'mx.cname': (on) => `Point the MX records of ${on} at host names, not aliases (CNAME)`,
  'mx.ip-literal': (on) => `Point the MX records of ${on} at host names, not IP addresses`,
  'mx.exchange-no-address': (on) => `Give every MX host of ${on} an address record`,
  'mx.no-usable-exchange': (on) => `Give ${on} at least one MX host that resolves`,
  'mx.null-mx-mixed': (on) => `Remove either the null MX or the other MX records of ${on}`,
  'address.domain-typo': () => 'Correct the recipient\'s domain: it looks like a typing mistake',
  'blocklist.needs-dqs-key': () => 'Add a free Spamhaus DQS key in the settings to check the Spamhaus lists',
};

export const CHECK_TEXT = {
  manualTitle: (label: string) => `Check ${label} by hand: the automatic lookup got no usable answer`,
  manualTitleMany: (labels: readonly string[]) => `Check ${listText(labels)} by hand: the automatic lookups got no usable answer`,
  manualBody: (why: string, blocklist: boolean, hasLinks: boolean) =>
    `${sentence(why)} That says nothing either way about the records themselves. Run the commands below from a machine that uses its own resolver${blocklist ? ' (blocklists such as Spamhaus refuse queries that come through public resolvers)' : ''}${hasLinks ? ', or open the pages below' : ''}.`,
  findingBody: (message: string, fix: string) => `${sentence(message)} ${fix}`.trim(),
  failedTitle: (label: string, summary: string) => `Fix ${label}: ${summary}`,
  findingTitle: (label: string, inputs: Record<string, string>, f: Finding) => {
    const on = target(inputs);
    const own = FINDING_TITLES[f.code];
    if (own) return own(on || 'the domain');
    return `Fix ${label}${on ? ` for ${on}` : ''}: ${firstSentence(f.message)}`;
  },
  listedTitle: (targetName: string, list: string) => `Get ${targetName} removed from ${list}`,
  listedBody: (targetName: string, l: ListResult) =>
    `${l.name} lists ${targetName}: ${l.meaning}. ${l.usedBy} Fix the cause before asking for removal, or it comes back. ${l.delistHow}`,
  noRecipients: 'No failed recipient was found in this text.',
};
