/**
 * Parses and validates a DMARC policy record (RFC 9989 section 4.7; pct, rf and ri are the legacy tags of
 * RFC 7489). Every tag is checked; problems become issues, never exceptions. Unknown tags are ignored as
 * the RFC says, but reported.
 */
import { dmarcIssueText } from './messages.ts';
import type { AlignmentMode, DmarcPolicy, DmarcRecordIssue, DmarcReportUri, ParsedDmarcRecord } from './types.ts';

/** A real record is a few hundred bytes; far longer text is not a record worth reading. */
const MAX_RECORD_CHARS = 8_192;
/** A record with more destinations than this is broken or hostile; receivers use the first two or so. */
const MAX_REPORT_URIS = 20;

const POLICIES = new Set(['none', 'quarantine', 'reject']);
const KNOWN_TAGS = new Set(['v', 'p', 'sp', 'np', 'adkim', 'aspf', 'pct', 'rua', 'ruf', 'fo', 'rf', 'ri', 'psd', 't']);
const LEGACY_TAGS = new Set(['pct', 'rf', 'ri']);
/** Tag names are short words; anything else means the text is not a tag list. */
const TAG_NAME = /^[a-z][a-z0-9_]{0,31}$/i;
/** local@domain, each part without spaces or a second @; bounded lengths (RFC 5321 4.5.3.1). */
export const MAILBOX_SHAPE = /^[^\s@]{1,64}@([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?){1,126})$/i;

/** True when the TXT text is a DMARC record at all: its first tag is v=DMARC1. */
export const DMARC_START_SHAPE = /^\s{0,16}v\s{0,16}=\s{0,16}DMARC1\s{0,16}(?:;|$)/i;

export function isDmarcRecord(text: string): boolean {
  return DMARC_START_SHAPE.test(text);
}

function policy(value: string): DmarcPolicy | null {
  const v = value.toLowerCase();
  return POLICIES.has(v) ? (v as DmarcPolicy) : null;
}

function parseUris(tag: 'rua' | 'ruf', value: string, issues: DmarcRecordIssue[]): DmarcReportUri[] {
  const out: DmarcReportUri[] = [];
  const parts = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (parts.length === 0) issues.push({ severity: 'error', code: 'dmarc.invalid-value', tag, value, detail: dmarcIssueText.emptyUriList(tag) });
  for (const raw of parts.slice(0, MAX_REPORT_URIS)) {
    const bang = raw.lastIndexOf('!');
    const uri = bang > 0 && /^!\d{1,12}[kmgt]?$/i.test(raw.slice(bang)) ? raw.slice(0, bang) : raw;
    if (uri !== raw) issues.push({ severity: 'info', code: 'dmarc.uri-size-limit', tag, value: raw, detail: dmarcIssueText.sizeSuffix(raw) });
    if (/^mailto:/i.test(uri)) {
      const address = decodeURIComponentSafe(uri.slice('mailto:'.length));
      const match = MAILBOX_SHAPE.exec(address);
      if (!match) {
        issues.push({ severity: 'error', code: 'dmarc.invalid-uri', tag, value: uri, detail: dmarcIssueText.badMailto(uri) });
        out.push({ tag, uri, domain: null });
      } else {
        out.push({ tag, uri, domain: match[1]!.toLowerCase() });
      }
    } else if (/^[a-z][a-z0-9+.-]{0,31}:/i.test(uri)) {
      issues.push({ severity: 'warning', code: 'dmarc.uri-not-mailto', tag, value: uri, detail: dmarcIssueText.notMailto(uri) });
      out.push({ tag, uri, domain: null });
    } else {
      issues.push({ severity: 'error', code: 'dmarc.invalid-uri', tag, value: uri, detail: dmarcIssueText.notUri(uri) });
    }
  }
  if (parts.length > MAX_REPORT_URIS) {
    issues.push({ severity: 'warning', code: 'dmarc.too-many-uris', tag, value: null, detail: dmarcIssueText.tooManyUris(tag, parts.length) });
  }
  return out;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Parses `text` (the TXT strings joined). Call only for text where isDmarcRecord() holds. */
export function parseDmarcRecord(text: string): ParsedDmarcRecord {
  const rec: ParsedDmarcRecord = {
    tags: [], p: null, sp: null, np: null, adkim: 'r', aspf: 'r', pct: null, psd: 'u', testing: false,
    reportUris: [], issues: [],
  };
  const issue = (severity: DmarcRecordIssue['severity'], code: string, tag: string | null, value: string | null, detail: string) => {
    rec.issues.push({ severity, code, tag, value, detail });
  };
  if (text.length > MAX_RECORD_CHARS) {
    issue('error', 'dmarc.syntax', null, null, dmarcIssueText.tooLong(MAX_RECORD_CHARS));
    return rec;
  }
  const seen = new Set<string>();
  for (const part of text.split(';')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    const name = (eq < 0 ? part : part.slice(0, eq)).trim();
    if (eq < 0 || !TAG_NAME.test(name)) {
      issue('error', 'dmarc.syntax', null, part.trim().slice(0, 60), dmarcIssueText.notATag(part.trim().slice(0, 60)));
      continue;
    }
    const key = name.toLowerCase();
    const value = part.slice(eq + 1).trim();
    rec.tags.push({ name: key, value });
    if (seen.has(key)) {
      issue('warning', 'dmarc.duplicate-tag', key, value, dmarcIssueText.duplicate(key));
      continue;
    }
    seen.add(key);
    if (!KNOWN_TAGS.has(key)) {
      issue('info', 'dmarc.unknown-tag', key, value, dmarcIssueText.unknownTag(key));
      continue;
    }
    if (LEGACY_TAGS.has(key)) issue('info', 'dmarc.legacy-tag', key, value, dmarcIssueText.legacy(key));
    applyTag(rec, key, value, issue);
  }
  if (rec.tags[0]?.name !== 'v') issue('error', 'dmarc.syntax', 'v', null, dmarcIssueText.versionFirst());
  if (!seen.has('p')) issue('warning', 'dmarc.p-missing', 'p', null, dmarcIssueText.pMissing());
  return rec;
}

type AddIssue = (severity: DmarcRecordIssue['severity'], code: string, tag: string | null, value: string | null, detail: string) => void;

function applyTag(rec: ParsedDmarcRecord, key: string, value: string, issue: AddIssue): void {
  const invalid = (allowed: string) => issue('error', 'dmarc.invalid-value', key, value, dmarcIssueText.invalid(key, value, allowed));
  const lower = value.toLowerCase();
  switch (key) {
    case 'v':
      if (value !== 'DMARC1') invalid('DMARC1');
      return;
    case 'p':
    case 'sp':
    case 'np': {
      const p = policy(value);
      if (p === null) invalid('none, quarantine or reject');
      else rec[key] = p;
      return;
    }
    case 'adkim':
    case 'aspf':
      if (lower === 'r' || lower === 's') rec[key] = lower as AlignmentMode;
      else invalid('r (relaxed) or s (strict)');
      return;
    case 'pct': {
      const n = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
      if (!(n >= 0 && n <= 100)) invalid('a whole number from 0 to 100');
      else rec.pct = n;
      return;
    }
    case 'rua':
    case 'ruf':
      rec.reportUris.push(...parseUris(key, value, rec.issues));
      return;
    case 'fo': {
      const items = lower.split(':').map((s) => s.trim());
      if (items.some((i) => !['0', '1', 'd', 's'].includes(i))) invalid('0, 1, d or s, separated by colons');
      return;
    }
    case 'rf':
      if (lower.split(':').some((i) => i.trim() !== 'afrf')) invalid('afrf');
      return;
    case 'ri':
      if (!/^\d{1,10}$/.test(value)) invalid('a number of seconds');
      return;
    case 'psd':
      if (lower === 'y' || lower === 'n' || lower === 'u') rec.psd = lower;
      else invalid('y, n or u');
      return;
    case 't':
      if (lower === 'y') rec.testing = true;
      else if (lower !== 'n') invalid('y or n');
      return;
  }
}
