/**
 * Parses a DKIM key record (RFC 6376 3.6.1, RFC 8463 for Ed25519) into its tags, without judging it.
 * The text is the TXT record's strings already joined. Bad input gives a result with `syntaxError` set,
 * never an exception.
 */

/** The tags a key record may carry; everything else is kept in `unknown`. */
export interface DkimKeyTags {
  /** Version; "DKIM1" when present (it is optional and often absent). */
  v: string | null;
  /** Acceptable hash algorithms, colon-separated (sha1, sha256); null = all. */
  h: string | null;
  /** Key type; rsa when absent. */
  k: string | null;
  /** Notes for humans. */
  n: string | null;
  /** The public key, base64; "" when revoked; null when the tag is missing. */
  p: string | null;
  /** Service types, colon-separated; "*" when absent. */
  s: string | null;
  /** Flags, colon-separated: y = testing, s = strict identity. */
  t: string | null;
}

export interface ParsedDkimKey {
  tags: DkimKeyTags;
  /** Tags not defined by the RFCs (ignored by verifiers, reported as info). */
  unknown: string[];
  /** Tag names that appear more than once (which makes the record invalid). */
  duplicates: string[];
  /** Why the text is not a tag list at all; null when it parsed. */
  syntaxError: string | null;
  /** True when v= is present but is not the first tag (RFC 6376 requires it first). */
  versionNotFirst: boolean;
}

/** A key record is at most a few KB; longer text is not worth parsing. */
const MAX_RECORD_CHARS = 16_384;
/** Tag names are short (RFC 6376 3.2: ALPHA *ALNUMPUNC); a long one means this is not a tag list. */
const TAG_NAME = /^[A-Za-z][A-Za-z0-9_]{0,31}$/;
const KNOWN = new Set(['v', 'h', 'k', 'n', 'p', 's', 't']);

export function parseDkimKeyRecord(text: string): ParsedDkimKey {
  const tags: DkimKeyTags = { v: null, h: null, k: null, n: null, p: null, s: null, t: null };
  const result: ParsedDkimKey = { tags, unknown: [], duplicates: [], syntaxError: null, versionNotFirst: false };
  if (text.length > MAX_RECORD_CHARS) {
    result.syntaxError = `record longer than ${MAX_RECORD_CHARS} characters`;
    return result;
  }
  const seen = new Set<string>();
  const parts = text.split(';');
  let index = 0;
  for (const part of parts) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    if (eq < 0) {
      result.syntaxError = `"${part.trim().slice(0, 40)}" is not a tag=value pair`;
      return result;
    }
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (!TAG_NAME.test(name)) {
      result.syntaxError = `"${name.slice(0, 40)}" is not a valid tag name`;
      return result;
    }
    const key = name.toLowerCase();
    if (seen.has(key)) {
      if (!result.duplicates.includes(key)) result.duplicates.push(key);
    } else {
      seen.add(key);
      if (KNOWN.has(key)) tags[key as keyof DkimKeyTags] = value;
      else result.unknown.push(name);
      if (key === 'v' && index > 0) result.versionNotFirst = true;
    }
    index++;
  }
  if (index === 0) result.syntaxError = 'the record is empty';
  return result;
}

/** Splits a colon-separated tag value into lower-case items, dropping empty ones. */
export function tagList(value: string | null): string[] {
  if (value === null) return [];
  return value.split(':').map((s) => s.trim().toLowerCase()).filter((s) => s !== '');
}
