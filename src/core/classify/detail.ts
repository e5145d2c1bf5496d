/**
 * The finer facts of a rejection text (ReasonDetail): which authentication failed, which blocklist,
 * size and rate limits, TLS, a new address, the provider and its code.
 */
import type { RecipientReport } from '../read/types.ts';
import type { Reason, ReasonDetail } from './types.ts';
import { findBlocklistInText } from '../knowledge/blocklists.ts';
import type { ProviderMatch } from '../knowledge/providers.ts';
import { GREYLIST_PHRASES, RECIPIENT_FLOOD_PHRASES } from './phrases.ts';
import { includesAny, normalizeForMatch } from './match-phrases.ts';

/** Words that introduce a size limit; the number is looked for in the 60 characters after them. */
const SIZE_WORD_RE = /limit|maximum|exceeds/i;
/** A number with an optional unit, anchored at a digit (used with a sticky index). */
const SIZE_NUMBER_RE = /([0-9]{1,12})(?:[.,]([0-9]{1,3}))? ?(bytes|kb|kib|mb|mib|k|m)?(?![a-z])/iy;
const RATE_RE = /(?:rate limit(?:ed)?|too many (?:messages|connections|recipients)|sending limit|limit of)[^.\n]{0,80}/i;

/** Words without which the authentication, list and TLS patterns below cannot match. */
const AUTH_WORDS = ['spf', 'dkim', 'dmarc'];
const LIST_WORDS = ['list', 'block', 'rbl'];
const TLS_WORDS = ['tls', 'encryption'];

function sizeInBytes(value: string, unit: string | undefined): number {
  const n = Number(value);
  const u = (unit ?? 'bytes').toLowerCase();
  if (u.startsWith('k')) return Math.round(n * 1024);
  if (u.startsWith('m')) return Math.round(n * 1024 * 1024);
  return Math.round(n);
}

/** Everything the diagnostic text says beyond the reason; `lowerCased` is `text.toLowerCase()` when the caller has it. */
export function detailOf(r: RecipientReport, reason: Reason, text: string, provider: ProviderMatch | null, lowerCased?: string): ReasonDetail {
  const detail: ReasonDetail = {};
  const lower = lowerCased ?? text.toLowerCase();
  // Each pattern below runs only on a text holding the words it needs (`includes` is a native search,
  // several times cheaper than these patterns on a text without them; ~15% of classify went to detailOf).
  if (reason === 'authfailure' || (includesAny(lower, AUTH_WORDS) && /\b(?:spf|dkim|dmarc)\b/.test(lower))) {
    const auth: { spf?: boolean; dkim?: boolean; dmarc?: boolean } = {};
    if (/\bspf\b|5\.7\.23\b/.test(lower)) auth.spf = true;
    if (/\bdkim\b|5\.7\.2[012]\b/.test(lower)) auth.dkim = true;
    if (/\bdmarc\b/.test(lower)) auth.dmarc = true;
    if (Object.keys(auth).length > 0) detail.auth = auth;
  }
  // Only texts that speak of a list are searched for one (the search walks every known list).
  const list = r.quotedBlocklists.length > 0 || includesAny(lower, LIST_WORDS) ? findBlocklistInText(text) : null;
  if (list || r.quotedBlocklists.length > 0) {
    const ip = r.quotedIps[0] ?? null;
    detail.blocklist = {
      name: list?.name ?? r.quotedBlocklists[0]!,
      lookupUrl: list && ip ? list.lookupUrl(ip) : (r.quotedBlocklists.find((b) => b.startsWith('http')) ?? null),
      delistUrl: list?.delistUrl ?? null,
      ip,
    };
  }
  if (reason === 'mesgtoobig' || reason === 'exceedlimit') {
    const word = SIZE_WORD_RE.exec(text);
    if (word) {
      const from = word.index + word[0].length;
      const window = text.slice(from, from + 60);
      const digit = window.search(/[0-9]/);
      SIZE_NUMBER_RE.lastIndex = Math.max(digit, 0);
      const m = digit >= 0 ? SIZE_NUMBER_RE.exec(window) : null;
      if (m) {
        const bytes = sizeInBytes(m[2] ? `${m[1]}.${m[2]}` : m[1]!, m[3]);
        if (bytes >= 1024) detail.sizeLimitBytes = bytes;
      }
    }
  }
  if (reason === 'speeding' || reason === 'toomanyconn' || reason === 'exceedlimit') {
    const m = RATE_RE.exec(text);
    if (m) detail.rateLimit = m[0].trim();
  }
  if (includesAny(lower, TLS_WORDS) && /\b(?:starttls|tls required|must issue a starttls|encryption required|requires? (?:tls|encryption))/.test(lower)) {
    detail.tlsRequired = true;
  }
  if (r.forwardAddress) detail.newAddress = r.forwardAddress;
  if (reason === 'blocked' && saysAnyOf(text, GREYLIST_PHRASES)) detail.greylisted = true;
  // The limit on what the recipient receives, not on what the sender sends (RECIPIENT_FLOOD_PHRASES).
  if (reason === 'speeding' && lower.includes('receiving') && saysAnyOf(text, RECIPIENT_FLOOD_PHRASES)) detail.recipientFlooded = true;
  if (provider) {
    detail.provider = provider.catalog.provider;
    detail.providerCode = provider.rule.code;
    Object.assign(detail, { ...provider.rule.detail, ...detail });
  }
  return detail;
}

/**
 * Characters of the answer searched for the phrases of a detail (greylisting, a flooded recipient):
 * they come early in an answer, and normalizing a longer one for them would cost more than it finds.
 */
const DETAIL_PHRASE_WINDOW = 4096;

/** True when the head of the answer holds one of `phrases` (normalized as the phrases that decide the reason). */
function saysAnyOf(text: string, phrases: readonly string[]): boolean {
  return includesAny(normalizeForMatch(text.slice(0, DETAIL_PHRASE_WINDOW)), phrases);
}
