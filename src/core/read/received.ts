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
 * The public IP closest to the outside: the newest hop whose connecting client has a public address.
 * Private, loopback, shared, link-local and reserved ranges are skipped.
 */
export function sendingIpOf(hops: readonly Pick<ReceivedHop, 'fromIp'>[]): string | null {
  for (const hop of hops) if (hop.fromIp && isPublicIp(hop.fromIp)) return hop.fromIp;
  return null;
}
