/**
 * Hides the Spamhaus Data Query Service key in everything a blocklist check returns. The key is a personal
 * credential: it must reach the DNS lookup (it is a label of the zone asked) but never the evidence that
 * the UI shows, the CLI prints as JSON, or a shared report carries. Only the result is rewritten; the
 * lookups were already made with the real key.
 *
 * Limits: what is replaced is each key zone as a whole (e.g. `<key>.zen.dq.spamhaus.net` becomes
 * `<DQS key>.zen.dq.spamhaus.net`), in any case, so a short key cannot mangle an address or another name
 * that happens to contain the same characters. Plain objects, arrays and strings are rewritten; other
 * values (numbers, booleans, null) are kept as they are.
 */

/** What the key is shown as: a dig command keeps working once the user puts their key back. */
export const MASKED_DQS_KEY = '<DQS key>';

/** One key zone and how it is shown. */
export interface MaskedZone {
  /** The zone as queried, with the key in it (lower case, as DNS names are normalized). */
  zone: string;
  /** The same zone with the key replaced by MASKED_DQS_KEY. */
  shown: string;
}

/** The masked form of a key zone, or null when the key does not appear in it (nothing to hide). */
export function maskedZone(zone: string, key: string): MaskedZone | null {
  const lowerZone = zone.toLowerCase();
  const lowerKey = key.trim().toLowerCase();
  const at = lowerKey === '' ? -1 : lowerZone.indexOf(lowerKey);
  if (at < 0) return null;
  return { zone: lowerZone, shown: `${lowerZone.slice(0, at)}${MASKED_DQS_KEY}${lowerZone.slice(at + lowerKey.length)}` };
}

/** Replaces every occurrence of `zone` in `text`, ignoring case. */
function replaceZone(text: string, { zone, shown }: MaskedZone): string {
  const lower = text.toLowerCase();
  let out = '';
  let from = 0;
  for (let at = lower.indexOf(zone); at >= 0; at = lower.indexOf(zone, from)) {
    out += text.slice(from, at) + shown;
    from = at + zone.length;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** A copy of `value` with every key zone shown masked. */
export function maskKeyZones<T>(value: T, zones: readonly MaskedZone[]): T {
  if (zones.length === 0) return value;
  const mask = (v: unknown): unknown => {
    if (typeof v === 'string') return zones.reduce(replaceZone, v);
    if (Array.isArray(v)) return v.map(mask);
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, inner]) => [k, mask(inner)]));
    }
    return v;
  };
  return mask(value) as T;
}
