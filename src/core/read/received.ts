import type { ReceivedHop } from './types.ts';
import { findIps, isPublicIp } from './ip.ts';

/** Reads one unfolded Received header value into its hop. */
export function parseReceived(text: string): Omit<ReceivedHop, 'span'> {
  const byAt = text.search(/\bby\s/i);
  const fromPart = byAt >= 0 ? text.slice(0, byAt) : text;
  const fromHost = /^\s*from\s+([^\s;()]{1,255})/i.exec(fromPart)?.[1] ?? null;
  const fromIp = findIps(fromPart)[0]?.ip ?? null;
  const byHost = byAt >= 0 ? (/^by\s+([^\s;()]{1,255})/i.exec(text.slice(byAt))?.[1] ?? null) : null;
  return { text, fromHost, fromIp, byHost };
}

/**
 * A hop where a person's program handed the message in (authenticated submission, webmail): its client
 * is a laptop or a browser, not a server any receiver sees.
 */
const SUBMISSION_HOP = /\bwith\s{1,4}(?:e?smtps?a|utf8smtps?a|https?)\b|\bauthenticated\s{1,4}sender\b|\(authenticated\b/i;

/** Characters of a Received header searched for submission words (they sit in its first lines). */
const SUBMISSION_SEARCH_CHARS = 2000;

export function isSubmissionHop(text: string): boolean {
  return SUBMISSION_HOP.test(text.slice(0, SUBMISSION_SEARCH_CHARS));
}

/**
 * The public IP closest to the outside: the newest hop whose connecting client has a public address.
 * Private, loopback, shared, link-local and reserved ranges are skipped. Null when a submission hop
 * comes first: beyond it lies the sender's own device, whose address no receiver judges (checking it
 * for SPF or blocklists would give a verdict about the wrong machine).
 */
export function sendingIpOf(hops: readonly Pick<ReceivedHop, 'fromIp' | 'text'>[]): string | null {
  for (const hop of hops) {
    if (isSubmissionHop(hop.text)) return null;
    if (hop.fromIp && isPublicIp(hop.fromIp)) return hop.fromIp;
  }
  return null;
}
