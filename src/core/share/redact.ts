/**
 * Redaction for share links: masks mailbox local parts and personal names, keeps domains and IP
 * addresses (the checks need them) and everything else as it was.
 *
 * Consistent: the same local part always becomes the same mask (`jane@a.example` and `jane@b.example`
 * both become `user1@...`), and the same person the same `Person N`, so the diagnosis stays coherent.
 * Masked addresses stay valid addresses.
 *
 * What it finds: every `local@domain` (domain with a dot, or an [IP] literal); display names and
 * comments in address headers (From, To, Cc, Reply-To, Sender, ...); capitalised names written just
 * before an address in running text ("Jane Doe (jane@example.com)"); the name after "Dear / Hi / Hello"
 * at a line start; and then every other whole-word occurrence of a found local part or name.
 *
 * Base64-encoded MIME bodies that are UTF-8 text are decoded, masked with the same masks and re-encoded
 * (base64-parts.ts), so a Microsoft-style NDR does not keep its names inside base64.
 *
 * Limits (stated, not hidden): quoted-printable bodies are masked as written (soft line breaks or "=40"
 * can hide a name or address from the scan), and base64 bodies in other charsets or binary attachments
 * are left as they are; quoted local parts
 * (`"jane doe"@example.com`) and MIME encoded-word names are masked only inside address headers; names
 * that appear nowhere in an address header or greeting are not recognised. System mailboxes
 * (postmaster, MAILER-DAEMON, ...) are kept, with their display names: they name a server, not a person,
 * and the diagnosis uses them.
 *
 * Linear time: addresses are found by scanning for "@", and the few regular expressions are anchored
 * per line with bounded quantifiers.
 */

import { joinSegments, splitBase64Parts } from './base64-parts.ts';

/** Local parts of mailboxes that belong to mail systems, not people (lower case). */
const SYSTEM_LOCAL_PARTS = new Set([
  'postmaster', 'mailer-daemon', 'abuse', 'hostmaster', 'noreply', 'no-reply', 'double-bounce', 'root',
]);
/** Exchange's own bounce sender is MicrosoftExchange<hex>@...: a system mailbox too. */
const SYSTEM_LOCAL_PREFIXES = ['microsoftexchange'];

/**
 * Words that bounce texts use in their own sentences: a local part or name token equal to one of these is
 * masked inside addresses but not replaced elsewhere, or "user unknown" would turn into "user1 unknown".
 */
const COMMON_WORDS = new Set([
  'user', 'users', 'mail', 'mailbox', 'email', 'address', 'recipient', 'recipients', 'account', 'delivery',
  'unknown', 'info', 'admin', 'support', 'test', 'service', 'message', 'server', 'host', 'error', 'name',
  'sales', 'contact', 'office', 'hello', 'team', 'help', 'news', 'list', 'system', 'subsystem', 'the',
  'and', 'for', 'not', 'you', 'your', 'from', 'reply', 'sender', 'customer', 'dear', 'mailer', 'daemon',
  'microsoft', 'outlook', 'google', 'gmail', 'yahoo', 'exchange', 'office365', 'notification', 'returned',
  'undeliverable', 'failure', 'failed', 'status', 'report', 'original', 'postmaster', 'person',
  'newsletter', 'newsletters', 'orders', 'order', 'billing', 'invoice', 'invoices', 'purchasing', 'marketing',
  'notifications', 'alerts', 'jobs', 'press', 'bounce', 'bounces', 'quota', 'storage', 'full', 'moved',
]);

/** Greetings that do not name anyone. */
const ANONYMOUS_GREETINGS = new Set(['customer', 'sir', 'madam', 'sir or madam', 'user', 'all', 'team', 'colleague', 'recipient', 'sender']);

/** Headers whose values hold mailboxes with display names. */
const ADDRESS_HEADER = /^(?:from|to|cc|bcc|reply-to|sender|resent-from|resent-to|resent-cc|resent-sender|delivered-to|x-original-to|x-original-from|disposition-notification-to|return-receipt-to|x-failed-recipients)[ \t]*:/i;

/**
 * "Dear Jane Doe," at a line start (after up to three HTML tags, for HTML bodies): the name is one run
 * without line breaks, at most 60 characters.
 */
const GREETING = /^([ \t]{0,8}(?:<[a-z][^<>\n]{0,60}>[ \t]{0,4}){0,3}(?:dear|hi|hello)[ \t]{1,4})([^\s,!:;.][^,\n\r!:;.]{0,59})(?=[,!:;.\r\n]|$)/gim;

/** A "key=" before an address in Authentication-Results or a DKIM tag (smtp.mailfrom=, header.i=, i=). */
const KEY_PREFIX = /^(?:[a-z]{1,12}\.)?[a-z-]{1,16}=/i;

/** What this module writes for a person; a name already like this is left alone (redaction is idempotent). */
const PERSON_MASK = /^Person \d{1,6}$/;

/**
 * A name written just before an address in running text, "Jane Doe (jane@example.com)" or
 * "Jane Doe <jane@...>": one to four capitalised words. Bounded quantifiers; words are separated by a
 * single space or tab, so there is one way to match.
 */
const NAME_BEFORE_ADDRESS = /((?:\p{Lu}[\p{L}\p{M}'-]{1,30}[ \t]){0,3}\p{Lu}[\p{L}\p{M}'-]{1,30})([ \t]{0,2}[(<][ \t]?)([^\s()<>@]{1,64})@/gu;

/** Longest display name or comment handled in an address header (longer ones are masked whole anyway). */
const MAX_NAME_LENGTH = 200;
/** Most distinct names / local parts replaced elsewhere in the text (each costs one linear pass). */
const MAX_WORDWIDE_REPLACEMENTS = 64;

interface Masks {
  locals: Map<string, string>;
  persons: Map<string, string>;
  /** Name tokens (as written) → the person mask they belong to. */
  nameTokens: Map<string, string>;
}

function isSystemLocal(local: string): boolean {
  const lower = local.toLowerCase();
  return SYSTEM_LOCAL_PARTS.has(lower) || SYSTEM_LOCAL_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

function localMask(masks: Masks, local: string): string {
  if (isSystemLocal(local)) return local;
  const key = local.toLowerCase();
  let mask = masks.locals.get(key);
  if (!mask) {
    mask = `user${masks.locals.size + 1}`;
    masks.locals.set(key, mask);
  }
  return mask;
}

function personMask(masks: Masks, name: string): string {
  if (PERSON_MASK.test(name)) return name;
  const spaced = name.replace(/\s+/g, ' ').trim();
  // "Doe, Jane" and "Jane Doe" are one person.
  const comma = spaced.indexOf(',');
  const key = (comma > 0 && comma === spaced.lastIndexOf(',')
    ? `${spaced.slice(comma + 1).trim()} ${spaced.slice(0, comma).trim()}`
    : spaced).toLowerCase();
  let mask = masks.persons.get(key);
  if (!mask) {
    mask = `Person ${masks.persons.size + 1}`;
    masks.persons.set(key, mask);
  }
  // Each capitalised word of the name (Jane, Doe) is masked wherever else it stands.
  for (const token of name.split(/[^\p{L}\p{M}'-]+/u)) {
    if (token.length >= 3 && /^\p{Lu}/u.test(token) && !COMMON_WORDS.has(token.toLowerCase()) && !masks.nameTokens.has(token)) {
      masks.nameTokens.set(token, mask);
    }
  }
  return mask;
}

function isLocalChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
    || "!#$%&'*+/=?^_`{|}~.-".includes(String.fromCharCode(code));
}

function isDomainChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 45 || code === 46;
}

/** Replaces the local part of every address; one pass over the "@" signs. */
function maskAddresses(text: string, masks: Masks): string {
  const out: string[] = [];
  let copiedUpTo = 0;
  let at = text.indexOf('@');
  while (at !== -1) {
    let start = at;
    while (start > copiedUpTo && isLocalChar(text.charCodeAt(start - 1))) start--;
    while (start < at && text[start] === '.') start++;
    // "smtp.mailfrom=jane@..." / "header.i=jane@...": the key is not part of the address. SRS and VERP
    // locals also hold "=", but after a digit or "+", which KEY_PREFIX does not allow.
    const key = KEY_PREFIX.exec(text.slice(start, at));
    if (key) start += key[0].length;
    let end = at + 1;
    if (text[end] === '[') {
      const close = text.indexOf(']', end);
      end = close !== -1 && close - end <= 48 ? close + 1 : end;
    } else {
      while (end < text.length && isDomainChar(text.charCodeAt(end))) end++;
      while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
    }
    const domain = text.slice(at + 1, end);
    const looksLikeDomain = domain.startsWith('[') ? domain.endsWith(']') : domain.includes('.') && !domain.startsWith('.');
    if (start < at && looksLikeDomain) {
      out.push(text.slice(copiedUpTo, start), localMask(masks, text.slice(start, at)), '@');
      copiedUpTo = at + 1;
    }
    at = text.indexOf('@', at + 1);
  }
  out.push(text.slice(copiedUpTo));
  return out.join('');
}

/** Splits a header value on commas that are not inside quotes, angle brackets or comments. */
function splitMailboxes(value: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let angle = 0;
  let comment = 0;
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\' && quoted) i++;
    else if (c === '"') quoted = !quoted;
    else if (!quoted && c === '<') angle++;
    else if (!quoted && c === '>' && angle > 0) angle--;
    else if (!quoted && c === '(') comment++;
    else if (!quoted && c === ')' && comment > 0) comment--;
    else if (c === ',' && !quoted && angle === 0 && comment === 0) {
      parts.push(value.slice(from, i + 1));
      from = i + 1;
    }
  }
  parts.push(value.slice(from));
  return parts;
}

function maskMailboxEntry(entry: string, masks: Masks): string {
  const lt = entry.indexOf('<');
  const gt = lt === -1 ? -1 : entry.indexOf('>', lt);
  const address = lt !== -1 ? entry.slice(lt + 1, gt === -1 ? entry.length : gt) : entry;
  const addressLocal = address.includes('@') ? address.slice(0, address.lastIndexOf('@')).replace(/^.*[\s<"(]/s, '') : '';
  if (addressLocal && isSystemLocal(addressLocal)) return entry;

  let result = entry;
  if (lt !== -1) {
    const display = entry.slice(0, lt);
    const name = display.trim().replace(/^"(.*)"$/s, '$1').replace(/,$/, '').trim();
    if (name.length > 0) {
      const mask = personMask(masks, name.slice(0, MAX_NAME_LENGTH));
      const leading = display.slice(0, display.length - display.trimStart().length);
      result = `${leading}"${mask}" ${entry.slice(lt)}`;
    }
  }
  // Comments outside the angle brackets, e.g. "jane@example.com (Jane Doe)".
  return result.replace(/\(([^()\r\n]{1,200})\)/g, (_whole, inner: string) => {
    if (inner.includes('@')) return `(${inner})`;
    return `(${personMask(masks, inner.trim())})`;
  });
}

/** Masks display names and comments in address headers (with their folded continuation lines). */
function maskAddressHeaders(text: string, masks: Masks): string {
  const lines = text.split(/(?<=\n)/);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const header = ADDRESS_HEADER.exec(line);
    if (!header) {
      out.push(line);
      continue;
    }
    let value = line.slice(header[0].length);
    while (i + 1 < lines.length && /^[ \t]/.test(lines[i + 1]!) && lines[i + 1]!.trim() !== '') value += lines[++i]!;
    out.push(header[0], splitMailboxes(value).map((entry) => maskMailboxEntry(entry, masks)).join(''));
  }
  return out.join('');
}

function maskNamesBeforeAddresses(text: string, masks: Masks): string {
  return text.replace(NAME_BEFORE_ADDRESS, (whole, name: string, between: string, local: string) => {
    if (isSystemLocal(local) || PERSON_MASK.test(name)) return whole;
    if (name.split(/[ \t]/).every((word) => COMMON_WORDS.has(word.toLowerCase()))) return whole;
    return `${personMask(masks, name)}${between}${local}@`;
  });
}

function maskGreetings(text: string, masks: Masks): string {
  return text.replace(GREETING, (whole, lead: string, name: string) => {
    const trimmed = name.trim();
    if (ANONYMOUS_GREETINGS.has(trimmed.toLowerCase()) || /^(?:user|Person) ?\d{1,6}$/.test(trimmed)) return whole;
    return lead + personMask(masks, trimmed) + name.slice(name.trimEnd().length);
  });
}

/**
 * Escapes the syntax characters of a regular expression. Only these: with the "u" flag any other escaped
 * character ("\\-", "\\'") is a syntax error, and local parts hold many of them.
 */
function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/**
 * Replaces whole-word occurrences. A "word" here is not next to a letter, digit, "_", "@" or "-", and not
 * followed by ".x" (so "Example" in "Example.com" is left alone: domains are kept).
 */
function replaceWords(text: string, word: string, mask: string, flags: string): string {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_@.+-])${escapeRegExp(word)}(?![\\p{L}\\p{N}_@-]|\\.[\\p{L}\\p{N}])`, flags);
  return text.replace(pattern, mask);
}

/** Masks mailbox local parts and personal names; see the module comment for what is found and the limits. */
export function redactBounce(text: string): string {
  if (typeof text !== 'string' || text.length === 0) return '';
  const masks: Masks = { locals: new Map(), persons: new Map(), nameTokens: new Map() };
  // The same masks across the plain text and the decoded base64 bodies, so jane is user1 everywhere.
  const segments = splitBase64Parts(text);
  for (const segment of segments) {
    const named = maskNamesBeforeAddresses(maskGreetings(maskAddressHeaders(segment.text, masks), masks), masks);
    segment.text = maskAddresses(named, masks);
  }

  let budget = MAX_WORDWIDE_REPLACEMENTS;
  const replacements: [word: string, mask: string, flags: string][] = [];
  // Whole names first ("Jane Doe"), then their words ("Jane"), then bare local parts ("jane wasn't found").
  for (const [name, mask] of [...masks.persons.entries()].sort((a, b) => b[0].length - a[0].length)) {
    if (name.length >= 3 && !COMMON_WORDS.has(name)) replacements.push([name, mask, 'giu']);
  }
  for (const [token, mask] of [...masks.nameTokens.entries()].sort((a, b) => b[0].length - a[0].length)) {
    replacements.push([token, mask, 'gu']);
  }
  for (const [local, mask] of masks.locals) {
    if (local.length >= 3 && !COMMON_WORDS.has(local)) replacements.push([local, mask, 'giu']);
  }
  for (const [word, mask, flags] of replacements) {
    if (budget-- <= 0) break;
    for (const segment of segments) segment.text = replaceWords(segment.text, word, mask, flags);
  }
  return joinSegments(segments);
}
