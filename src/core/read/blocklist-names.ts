/**
 * Blocklist names and lookup URLs quoted in a rejection text. The list of operators is data; a match
 * is any host name or URL under one of their domains.
 */
import { sameLengthLower } from './same-length-lower.ts';
export const BLOCKLIST_DOMAINS: readonly string[] = [
  'spamhaus.org', 'spamcop.net', 'sorbs.net', 'barracudacentral.org', 'uceprotect.net', 'mailspike.net',
  'abuseat.org', 'surbl.org', 'uribl.com', 'invaluement.com', 'psbl.surriel.com', '0spam.org',
  'backscatterer.org', 'manitu.net', 'spamrats.com', 'senderscore.org', 'dnsbl.info', 'nordspam.com',
  'junkemailfilter.com', 'msrbl.net', 'dronebl.org', 'blocklist.de', 'lashback.com', 'spameatingmonkey.net',
  'rbl.jp', 'sender-score.org', 'ipcheck.proofpoint.com', 'cloudmark.com', 'trendmicro.com', 'mcafee.com',
];

const HOST_CHARS = /[A-Za-z0-9.-]/;
const URL_CHARS = /[^\s<>"')]/;

/** Mentions of one operator's domain followed per text: real rejections name a list once or twice. */
const MAX_MENTIONS_PER_DOMAIN = 20;
/** A host name is at most 253 characters (RFC 1035): widening stops there, so a run of dots stays cheap. */
const MAX_HOST_CHARS = 253;
/** Characters of URL path kept after the domain: lookup URLs are short; a runaway "URL" is cut. */
const MAX_URL_PATH_CHARS = 300;

/** Strips trailing punctuation without a regex (a "[.,;:]+$" pattern is quadratic on long runs). */
function trimPunctuation(value: string): string {
  let end = value.length;
  while (end > 0 && '.,;:'.includes(value[end - 1]!)) end--;
  return value.slice(0, end);
}

/**
 * Every distinct blocklist host or URL in `text`, in order: each operator domain is searched with
 * indexOf and widened to the whole host name (and URL path) around it. Linear in the text.
 */
export function findBlocklistNames(text: string): string[] {
  const found: { at: number; value: string }[] = [];
  // Offsets found in `lower` are used in `text`: both must have the same length (same-length-lower.ts).
  const lower = sameLengthLower(text);
  for (const domain of BLOCKLIST_DOMAINS) {
    let i = lower.indexOf(domain);
    let guard = 0;
    while (i >= 0 && guard++ < MAX_MENTIONS_PER_DOMAIN) {
      let s = i;
      while (s > 0 && i - s < MAX_HOST_CHARS && HOST_CHARS.test(text[s - 1]!)) s--;
      let e = i + domain.length;
      if (e < text.length && /[A-Za-z0-9-]/.test(text[e]!)) {
        i = lower.indexOf(domain, i + 1);
        continue;
      }
      if (text[e] === '/') while (e < text.length && e - i < MAX_URL_PATH_CHARS && URL_CHARS.test(text[e]!)) e++;
      if (lower.startsWith('://', s - 3)) s = Math.max(0, lower.lastIndexOf('http', s));
      found.push({ at: s, value: trimPunctuation(text.slice(s, e)) });
      i = lower.indexOf(domain, e);
    }
  }
  const out: string[] = [];
  for (const f of found.sort((a, b) => a.at - b.at)) if (!out.includes(f.value)) out.push(f.value);
  return out;
}
