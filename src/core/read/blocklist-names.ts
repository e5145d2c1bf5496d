/**
 * Blocklist names and lookup URLs quoted in a rejection text. The list of operators is data; a match
 * is any host name or URL under one of their domains.
 */
export const BLOCKLIST_DOMAINS: readonly string[] = [
  'spamhaus.org', 'spamcop.net', 'sorbs.net', 'barracudacentral.org', 'uceprotect.net', 'mailspike.net',
  'abuseat.org', 'surbl.org', 'uribl.com', 'invaluement.com', 'psbl.surriel.com', '0spam.org',
  'backscatterer.org', 'manitu.net', 'spamrats.com', 'senderscore.org', 'dnsbl.info', 'nordspam.com',
  'junkemailfilter.com', 'msrbl.net', 'dronebl.org', 'blocklist.de', 'lashback.com', 'spameatingmonkey.net',
  'rbl.jp', 'sender-score.org', 'ipcheck.proofpoint.com', 'cloudmark.com', 'trendmicro.com', 'mcafee.com',
];

const HOST_RE = /(?:https?:\/\/)?[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9-]{1,63}){1,10}(?:\/[^\s<>"')]{0,200})?/g;

/** Every distinct blocklist host or URL in `text`, in order. */
export function findBlocklistNames(text: string): string[] {
  const out: string[] = [];
  HOST_RE.lastIndex = 0;
  for (let m = HOST_RE.exec(text); m; m = HOST_RE.exec(text)) {
    const value = m[0].replace(/[.,;:]+$/, '');
    const host = value.replace(/^https?:\/\//, '').split('/')[0]!.toLowerCase();
    if (BLOCKLIST_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`)) && !out.includes(value)) out.push(value);
  }
  return out;
}
