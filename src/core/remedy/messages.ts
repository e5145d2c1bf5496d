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

/** Ends a text with a full stop when it has no closing punctuation. */
export function sentence(text: string): string {
  const t = text.trim();
  return t === '' || /[.!?:)]$/.test(t) ? t : `${t}.`;
}

/** The input a step names: domain, IP or address, whichever the check ran on. */
function target(inputs: Record<string, string>): string {
  return inputs.domain || inputs.ip || inputs.address || '';
}

export const CHECK_TEXT = {
  manualTitle: (label: string) => `Check ${label} by hand: the automatic lookup got no usable answer`,
  manualBody: (why: string, blocklist: boolean, hasLinks: boolean) =>
    `${sentence(why)} That says nothing either way about the records themselves. Run the commands below from a machine that uses its own resolver${blocklist ? ' (blocklists such as Spamhaus refuse queries that come through public resolvers)' : ''}${hasLinks ? ', or open the pages below' : ''}.`,
  findingBody: (message: string, fix: string) => `${sentence(message)} ${fix}`.trim(),
  failedTitle: (label: string, summary: string) => `Fix ${label}: ${summary}`,
  findingTitle: (label: string, inputs: Record<string, string>, f: Finding) => {
    const on = target(inputs);
    return `Fix ${label}${on ? ` for ${on}` : ''}: ${f.message.length > 140 ? `${f.message.slice(0, 137)}...` : f.message}`;
  },
  listedTitle: (targetName: string, list: string) => `Get ${targetName} removed from ${list}`,
  listedBody: (targetName: string, l: ListResult) =>
    `${l.name} lists ${targetName}: ${l.meaning}. ${l.usedBy} Fix the cause before asking for removal, or it comes back. ${l.delistHow}`,
  noRecipients: 'No failed recipient was found in this text.',
};
