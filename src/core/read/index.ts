/**
 * The reader: turns whatever the user pasted into a ParsedBounce. Never throws; unreadable input gives
 * inputKind 'empty' or 'binary' and no recipients.
 *
 * Async because postal-mime's parse is async. With the in-memory Blob (see fast-blob.ts) the whole
 * read completes in microtasks, without waiting on any I/O.
 */
import type { OriginalMessage, ParsedBounce, RecipientReport, TextSpan } from './types.ts';
import { MAX_BODY_TEXT_CHARS, MAX_DIAGNOSTIC_CHARS, MAX_NESTING, MAX_RECIPIENTS } from './limits.ts';
import type { MimeHeader, MimeMessage } from './mime.ts';
import { emptyResult, failedRead, prepareAt, prepareBounce, type PreparedBounce } from './prepare.ts';
import { readDsn, stripType, type DsnRecipient } from './dsn.ts';
import { findTextRecipients, type TextRecipient } from './text-recipients.ts';
import { originalStart } from './markers.ts';
import { readOriginal } from './original.ts';
import { readFields } from './fields.ts';
import { findAddresses, normalizeAddress } from './address.ts';
import { findReplyCode, findStatus, pickCodes } from './codes.ts';
import { findIps } from './ip.ts';
import { findBlocklistNames } from './blocklist-names.ts';
import { locate, locateCode, locateFieldValue, within } from './span.ts';
import { findSmtpCommand } from './smtp-command.ts';
import { transcriptAnswer } from './transcript.ts';
import { noticeAnswer } from './notice-answer.ts';
import { inlineBounceStart } from './inline-bounce.ts';
import { hasQuotedDsn, unquote } from './quoted.ts';
import { decodeHeaderWords } from './header-words.ts';
import { hasBareAnswer } from './bare-answer.ts';
import { isDelayNotice } from './delay-notice.ts';
import { isDeliveredNotice } from './delivered-notice.ts';

/**
 * Reads a pasted bounce (a raw message, a saved .eml, or text copied from a mail program).
 * Never rejects: empty input gives inputKind 'empty', binary data 'binary', both without recipients; an
 * unexpected failure gives a 'text' result with a warning. Limits (limits.ts): the first MAX_INPUT_CHARS
 * characters are read (a warning says so when more was given); phrase text is the first
 * MAX_BODY_TEXT_CHARS decoded characters; forwarded or pasted-in bounces are followed MAX_NESTING deep;
 * at most MAX_RECIPIENTS recipients, each diagnostic at most MAX_DIAGNOSTIC_CHARS characters.
 * Time grows linearly with the input.
 */
export async function readBounce(input: string): Promise<ParsedBounce> {
  return readPreparedBounce(await prepareBounce(input));
}

/** The second step of readBounce (see PreparedBounce). Never rejects. */
export async function readPreparedBounce(prepared: PreparedBounce): Promise<ParsedBounce> {
  try {
    return await finishAt(prepared, 0);
  } catch (error) {
    return failedRead(error);
  }
}

function header(headers: readonly MimeHeader[], key: string): string | null {
  for (const h of headers) if (h.key === key) return h.value;
  return null;
}

function decodedHeader(headers: readonly MimeHeader[], key: string): string | null {
  const v = header(headers, key);
  return v === null ? null : decodeHeaderWords(v);
}

async function readAt(rawInput: string, depth: number): Promise<ParsedBounce> {
  return finishAt(await prepareAt(rawInput), depth);
}

async function finishAt(prepared: PreparedBounce, depth: number): Promise<ParsedBounce> {
  if (prepared.done) return prepared.done;
  const { rawInput, text, warnings, mime } = prepared;
  const parsed = mime ? fromMime(mime, rawInput) : fromText(text, rawInput);
  parsed.warnings.unshift(...warnings);
  // Broken MIME (a boundary that never appears) hides the whole body from the MIME parser: read the
  // body as plain text instead, keeping the headers.
  if (mime && parsed.recipients.length === 0 && mime.text.trim() === '' && mime.deliveryStatus.length === 0 && mime.originals.length === 0) {
    const bodyStart = text.search(/\n\r?\n/);
    if (bodyStart > 0) {
      // Still a whole message: the rules for pasted text (its delay or success words) stay off.
      const plain = fromText(text.slice(bodyStart + 1), rawInput, 'mime');
      if (plain.recipients.length > 0) {
        parsed.recipients = plain.recipients;
        parsed.bodyText = plain.bodyText;
        parsed.bounceTextEnd = plain.bounceTextEnd;
        parsed.warnings.push('The MIME structure is broken; the body was read as plain text.');
      }
    }
  }

  // A bounce pasted into the text of another message: read it when the outer text gives no code.
  if (depth < MAX_NESTING && parsed.feedbackType === null && !parsed.recipients.some((r) => r.status || r.replyCode)) {
    const at = inlineBounceStart(parsed.bodyText);
    if (at > 0) {
      const inner = await readAt(parsed.bodyText.slice(at), depth + 1);
      if (inner.recipients.some((r) => r.status || r.replyCode)) {
        inner.warnings.unshift('The bounce was found inside the text of another message.');
        relocate(inner, rawInput);
        return inner;
      }
    }
  }

  // A bounce forwarded as an attachment: read the attached message instead when the outer one has none.
  if (mime && parsed.recipients.length === 0 && parsed.feedbackType === null) {
    if (depth >= MAX_NESTING) {
      if (mime.originals.some((o) => o.kind === 'message')) parsed.warnings.push(NESTING_LIMIT_WARNING);
    } else {
      for (const original of mime.originals) {
        if (original.kind !== 'message') continue;
        const inner = await readAt(original.content, depth + 1);
        if (inner.recipients.length > 0) {
          inner.warnings.unshift('The bounce was found inside a forwarded message.');
          relocate(inner, rawInput);
          return inner;
        }
        // No bounce found because the limit stopped the search: the result shown must say so.
        if (inner.warnings.includes(NESTING_LIMIT_WARNING) && !parsed.warnings.includes(NESTING_LIMIT_WARNING)) parsed.warnings.push(NESTING_LIMIT_WARNING);
      }
    }
  }
  return parsed;
}

/** Said when a forwarded message at the nesting limit (MAX_NESTING) was not opened. */
const NESTING_LIMIT_WARNING = 'Nested messages beyond the nesting limit were not read.';

/** Re-finds the spans of a nested read in the outer input (decoded text may not be there: -1). */
function relocate(parsed: ParsedBounce, input: string): void {
  const fix = (s: TextSpan | null): TextSpan | null => (s ? locate(input, s.text) : null);
  const fixCode = (s: TextSpan | null): TextSpan | null => (s ? locateCode(input, s.text) : null);
  for (const r of parsed.recipients) {
    r.addressSpan = fix(r.addressSpan);
    r.statusSpan = fixCode(r.statusSpan);
    r.replyCodeSpan = fixCode(r.replyCodeSpan);
    r.diagnosticSpan = fix(r.diagnosticSpan);
  }
  for (const d of parsed.original?.dkimSignatures ?? []) d.span = fix(d.span);
  for (const h of parsed.original?.received ?? []) h.span = fix(h.span);
}

/** Characters of one header line read for an address: a real one is far shorter; an endless line stays cheap. */
const MAX_HEADER_LINE_CHARS = 300;

function fromMime(mime: MimeMessage, input: string): ParsedBounce {
  const bodyText = mime.text.slice(0, MAX_BODY_TEXT_CHARS);
  const parsed = emptyResult('mime', '');
  parsed.headers = mime.headers.map((h) => ({ name: h.key, value: h.value }));
  parsed.subject = decodedHeader(mime.headers, 'subject');
  parsed.from = decodedHeader(mime.headers, 'from');
  parsed.contentType = header(mime.headers, 'content-type')?.split(';')[0]?.trim().toLowerCase() ?? null;

  const { cut, region } = splitAtOriginal(bodyText);
  parsed.bounceTextEnd = region.length;
  const dsnText = mime.deliveryStatus.join('\n\n');
  parsed.bodyText = dsnText ? `${bodyText}\n\n${dsnText}` : bodyText;

  if (mime.feedbackReport.length > 0) {
    const fields = readFields(mime.feedbackReport.join('\n\n'));
    parsed.feedbackType = fields.find((f) => f.name === 'feedback-type')?.value.toLowerCase() ?? 'other';
    // The addresses the report is about (ARF Original-Rcpt-To), so a feedback loop names who complained.
    for (const f of fields) {
      if (f.name !== 'original-rcpt-to' || parsed.recipients.length >= MAX_RECIPIENTS) continue;
      const address = normalizeAddress(f.value);
      if (address.includes('@')) parsed.recipients.push(build(address, locate(input, f.firstLine), null, null, null, null, null, null, input, '', ''));
    }
    return parsed;
  } else if (mime.originals.some((o) => o.content.includes('X-HmXmrOriginalRecipient:'))) {
    // Microsoft's junk-mail reporting program forwards the reported message with this header.
    parsed.feedbackType = 'abuse';
    for (const o of mime.originals) {
      const at = o.content.indexOf('X-HmXmrOriginalRecipient:');
      const line = at < 0 ? '' : o.content.slice(at, at + MAX_HEADER_LINE_CHARS).split('\n')[0]!;
      const found = findAddresses(line)[0];
      if (found) parsed.recipients.push(build(found.address, locate(input, found.raw), null, null, null, null, null, null, input, '', ''));
    }
    return parsed;
  } else if ((header(mime.headers, 'x-apple-unsubscribe') ?? '').trim().toLowerCase() === 'true') {
    // Apple Mail's "unsubscribe" message is an opt-out request, not a bounce.
    parsed.feedbackType = 'opt-out';
    return parsed;
  } else if (/"notificationType"\s{0,3}:\s{0,3}"Complaint"/.test(bodyText)) {
    // An Amazon SES complaint notification (JSON): a feedback loop report.
    parsed.feedbackType = /"complaintFeedbackType"\s{0,3}:\s{0,3}"([a-z-]{1,30})"/.exec(bodyText)?.[1] ?? 'abuse';
    return parsed;
  }

  for (const original of mime.originals) {
    parsed.original = readOriginal(original.content, input);
    if (parsed.original) break;
  }
  parsed.original ??= originalAfterMarker(bodyText, cut, input);

  const exclude = excludedAddresses(mime.headers, parsed.original);
  fillRecipients(parsed, dsnText, region, bodyText, input, exclude, mime.headers);
  return parsed;
}

/**
 * Reads `text` as a bounce's words with no MIME structure: pasted text (`kind` 'text'), or the body of
 * a whole message whose MIME structure is broken ('mime'), which keeps a whole message's reading.
 */
function fromText(text: string, input: string, kind: 'text' | 'mime' = 'text'): ParsedBounce {
  const bodyText = text.slice(0, MAX_BODY_TEXT_CHARS);
  const parsed = emptyResult(kind, bodyText);
  const { cut, region } = splitAtOriginal(bodyText);
  parsed.bounceTextEnd = region.length;
  parsed.original = originalAfterMarker(bodyText, cut, input);
  fillRecipients(parsed, '', region, bodyText, input, excludedAddresses([], parsed.original), []);
  // A server's answer pasted without the lines that name the recipient ("550 5.1.1 User unknown") still
  // says what failed: one recipient whose address is not known (address '').
  if (kind === 'text' && parsed.recipients.length === 0 && hasBareAnswer(region)) {
    parsed.recipients.push(fromText1(bareRecipient('', ''), region, input, true));
  }
  return parsed;
}

/** The bounce's own words (`region`) and where the returned original starts after them (`cut`, > 0 only when there is one). */
function splitAtOriginal(bodyText: string): { cut: number; region: string } {
  const cut = originalStart(bodyText);
  return { cut, region: cut > 0 ? bodyText.slice(0, cut) : bodyText };
}

/** The returned original that follows the marker line at `cut` in the body; null when there is no marker. */
function originalAfterMarker(bodyText: string, cut: number, input: string): OriginalMessage | null {
  return cut > 0 ? readOriginal(bodyText.slice(cut).replace(/^[^\n]*\n\s*/, ''), input) : null;
}

/** A recipient known by address only: no position in the text and no lines of its own. */
function bareRecipient(address: string, raw: string): TextRecipient {
  return { address, start: -1, raw, diagnostic: '', diagnosticStart: -1 };
}

/** Addresses that are never the failed recipient: the bounce's From/To and the original's sender. */
function excludedAddresses(headers: readonly MimeHeader[], original: OriginalMessage | null): Set<string> {
  const out = new Set<string>();
  const add = (v: string | null | undefined): void => {
    if (!v) return;
    for (const a of findAddresses(v)) out.add(a.address.toLowerCase());
  };
  add(header(headers, 'from'));
  add(header(headers, 'to'));
  add(header(headers, 'return-path'));
  add(original?.from);
  add(original?.returnPath);
  return out;
}

/**
 * Pasted text has no DSN part to say "Action: delayed" or "delivered": a delay warning's or a success
 * report's own words say it (delay-notice.ts, delivered-notice.ts). A recipient with a final (5xx)
 * answer is not delayed, whatever the heading; a report where any recipient has a failure code is no
 * success report. Only for pasted text: whole messages keep their reading, since the reference corpus
 * labels some of their delay warnings with a final status (lhost-gmail-08: 5.0.947), which a delayed
 * recipient's implied 4.x.x would miss.
 */
function setActionsFromNoticeWords(recipients: RecipientReport[], region: string): void {
  if (recipients.length === 0) return;
  if (isDelayNotice(region)) {
    for (const r of recipients) if (!r.replyCode?.startsWith('5') && !r.status?.startsWith('5')) r.action = 'delayed';
  }
  if (recipients.every((r) => !/^[45]/.test(r.replyCode ?? r.status ?? '')) && isDeliveredNotice(region)) {
    for (const r of recipients) r.action = 'delivered';
  }
}

function fillRecipients(
  parsed: ParsedBounce,
  dsnText: string,
  region: string,
  bodyText: string,
  input: string,
  exclude: Set<string>,
  headers: readonly MimeHeader[],
): void {
  let dsn = readDsn(dsnText);
  // Some servers write the DSN fields into the text part instead of a message/delivery-status part.
  if (dsn.recipients.length === 0 && /^(?:Final|Original)-Recipient:/im.test(region)) dsn = readDsn(region);
  // A bounce forwarded with its lines quoted ("> Final-Recipient: ..."): the fields under the marks.
  if (dsn.recipients.length === 0 && hasQuotedDsn(region)) dsn = readDsn(unquote(region));
  parsed.reportingMta = dsn.reportingMta ?? reportingMtaFromText(region);

  let textRecipients = findTextRecipients(region, exclude);
  if (textRecipients.length === 0 && region.length < bodyText.length) {
    textRecipients = findTextRecipients(bodyText, exclude);
  }

  // A DSN block naming no mail address (a file, a program, "@host") still holds the status of the one
  // recipient the text names.
  const unaddressed = dsn.unaddressed ?? [];
  if (dsn.recipients.length === 0 && unaddressed.length === 1 && textRecipients.length === 1) {
    dsn = { ...dsn, recipients: [{ ...unaddressed[0]!, address: textRecipients[0]!.address }] };
  }
  if (dsn.recipients.length > 0) {
    let list = dsn.recipients;
    const failing = list.filter((r) => r.action === null || r.action === 'failed' || r.action === 'delayed');
    if (failing.length > 0 && failing.length < list.length) list = failing;
    for (const r of dedupe(list)) parsed.recipients.push(fromDsn(r, textRecipients, region, input));
  } else {
    const failed = header(headers, 'x-failed-recipients');
    const listed = failed ? findAddresses(failed).map((a) => a.address) : [];
    if (listed.length > 0) {
      for (const address of listed) {
        const t = textRecipients.find((x) => x.address.toLowerCase() === address.toLowerCase());
        parsed.recipients.push(fromText1(t ?? bareRecipient(address, address), region, input, listed.length === 1));
      }
    } else {
      for (const t of textRecipients) parsed.recipients.push(fromText1(t, region, input, textRecipients.length === 1));
    }
    if (parsed.inputKind === 'text') setActionsFromNoticeWords(parsed.recipients, region);
  }
  // A delivery report that names no recipient at all (Postfix's "Delivery report unavailable"): the
  // returned message's one To address is the one that failed.
  if (parsed.recipients.length === 0 && dsnText !== '' && parsed.original?.to) {
    const to = findAddresses(parsed.original.to);
    if (to.length === 1) {
      const r = fromText1(bareRecipient(to[0]!.address, to[0]!.raw), region, input, true);
      parsed.recipients.push({ ...r, fromOriginalOnly: true });
    }
  }
  parsed.recipients = parsed.recipients.slice(0, MAX_RECIPIENTS);
}

function dedupe(list: DsnRecipient[]): DsnRecipient[] {
  const seen = new Set<string>();
  return list.filter((r) => {
    const k = r.address.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function reportingMtaFromText(region: string): string | null {
  const m = /(?:mail system at host|This is the mail system at|from the mail server at|Reporting-MTA: ?(?:dns;)?) ?([A-Za-z0-9][A-Za-z0-9.-]{0,253})/i.exec(region);
  return m ? m[1]!.replace(/\.$/, '') : null;
}

const REMOTE_MTA_RES: readonly RegExp[] = [
  /\bhost\s+([A-Za-z0-9][A-Za-z0-9.-]{1,253})\s*\[[0-9a-fA-F.:]{3,45}\]/,
  /\bwhile talking to\s+([A-Za-z0-9][A-Za-z0-9.-]{1,253})/i,
  /\bRemote[- ]MTA:?\s*(?:dns;\s*)?([A-Za-z0-9][A-Za-z0-9.-]{1,253})/i,
  /\b(?:remote (?:host|server)|Remote Server)\s+(?:at\s+)?([A-Za-z0-9][A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63})/i,
];

function remoteMtaFromText(text: string): string | null {
  for (const re of REMOTE_MTA_RES) {
    const m = re.exec(text);
    if (m) return m[1]!.replace(/\.$/, '');
  }
  return null;
}

/** Diagnostic text: unfolded, trimmed, bounded. */
function cleanDiagnostic(text: string): string {
  // Same text as replacing every /\s{1,1000}/ run, without a replacement for each single space.
  return text.replace(/\s{2,1000}|[^\S ]/g, ' ').trim().slice(0, MAX_DIAGNOSTIC_CHARS);
}

/** Words after which a 551 / "has moved" answer gives the new address. */
const FORWARD_WORDS_RE = /forward(?:ed|ing)? to|moved to|new address|please (?:use|try|send to)|now at/i;

/**
 * How far after those words the new address may start: farther, an address belongs to other words
 * ("Please try resending this message later, or contact the recipient directly. a@b" offers nothing).
 */
const FORWARD_ADDRESS_WINDOW = 40;

/** Longest mail address (RFC 5321's limit on a path), so an address that starts inside the window is read whole. */
const MAX_ADDRESS_CHARS = 256;

/** Ends of a clause: an address after one of these is no longer the object of the forwarding words. */
const CLAUSE_END_RE = /[.;!?](?:\s|$)/;

/**
 * The forwarding address offered in `diagnostic`: the first address starting within
 * FORWARD_ADDRESS_WINDOW characters after the words, in the same clause. The address itself may run
 * past the window: it is read whole, never cut.
 */
function forwardAddressIn(diagnostic: string): string | null {
  const words = FORWARD_WORDS_RE.exec(diagnostic);
  if (!words) return null;
  const from = words.index + words[0].length;
  const rest = diagnostic.slice(from, from + FORWARD_ADDRESS_WINDOW + MAX_ADDRESS_CHARS);
  const found = findAddresses(rest)[0];
  if (!found || found.start > FORWARD_ADDRESS_WINDOW || CLAUSE_END_RE.test(rest.slice(0, found.start))) return null;
  return found.address;
}

/** The command named in the whole notice (a session transcript), cached for the last region seen. */
let lastRegion: string | null = null;
let lastRegionCommand: string | null = null;
function regionCommand(region: string): string | null {
  if (region !== lastRegion) {
    lastRegion = region;
    lastRegionCommand = region ? findSmtpCommand(region) : null;
  }
  return lastRegionCommand;
}

function build(
  address: string,
  addressSpan: TextSpan | null,
  diagnosticRaw: string | null,
  diagnosticSpan: TextSpan | null,
  dsnStatus: string | null,
  statusSpanHint: TextSpan | null,
  action: string | null,
  remoteMta: string | null,
  input: string,
  context: string,
  region: string,
): RecipientReport {
  let diagnostic = diagnosticRaw ? cleanDiagnostic(diagnosticRaw) : null;
  // Provider prose around the remote server's own words: keep the words (Gmail, Google Workspace).
  const quoted = diagnostic ? /The error that the other server returned was: ?/i.exec(diagnostic) : null;
  if (diagnostic && quoted) diagnostic = diagnostic.slice(quoted.index + quoted[0].length);
  // No reply code in the recipient's own lines: Sendmail's session transcript may hold the answer.
  if (!diagnostic || !findReplyCode(diagnostic)) {
    const answer = transcriptAnswer(region, address);
    if (answer) diagnostic = cleanDiagnostic(diagnostic ? `${diagnostic}\n${answer}` : answer);
  }
  // The status and reply code from the DSN field and the server's own answer (rules in codes.ts).
  const { status, replyCode } = pickCodes(dsnStatus, diagnostic);
  const from = diagnosticSpan && diagnosticSpan.start >= 0 ? diagnosticSpan.start : 0;
  const statusSpan = status ? (statusSpanHint && statusSpanHint.text === status ? statusSpanHint : locateCode(input, status, from)) : null;
  const forward = diagnostic ? forwardAddressIn(diagnostic) : null;
  return {
    address,
    addressSpan,
    status,
    statusSpan,
    replyCode,
    replyCodeSpan: replyCode ? locateCode(input, replyCode, from) : null,
    diagnostic,
    diagnosticSpan,
    action,
    remoteMta,
    forwardAddress: forward && normalizeAddress(forward).toLowerCase() !== address.toLowerCase() ? normalizeAddress(forward) : null,
    quotedIps: diagnostic ? quotedIpsOf(diagnostic) : [],
    quotedBlocklists: diagnostic ? findBlocklistNames(diagnostic) : [],
    smtpCommand: findSmtpCommand(`${context}\n${diagnosticRaw ?? ''}`) ?? regionCommand(region),
  };
}

/** Longest host name read back from a "host NAME[ip]" (a DNS name is at most 253 characters). */
const MAX_HOST_NAME_CHARS = 253;

/**
 * True when the IP at `start` of `text` is the answering server's own, in the sending server's words
 * "host mx.example.com[198.51.100.3] said:" (Postfix) or "host mx.example.com [198.51.100.3]" (Exim):
 * written before the answer, it is the receiver's address, not one the answer names.
 */
function isAnsweringHostIp(text: string, start: number): boolean {
  let i = start - 1;
  if (text[i] !== '[') return false;
  i--;
  if (text[i] === ' ') i--;
  const nameEnd = i + 1;
  while (i >= 0 && nameEnd - i <= MAX_HOST_NAME_CHARS && /[A-Za-z0-9.-]/.test(text[i]!)) i--;
  if (i === nameEnd - 1 || !/\s/.test(text[i] ?? '')) return false;
  return text.slice(Math.max(0, i - 4), i).toLowerCase() === 'host';
}

/** The IPs an answer quotes, the answering server's own (isAnsweringHostIp) last: the first is the one the answer is about. */
function quotedIpsOf(diagnostic: string): string[] {
  const named: string[] = [];
  const answering: string[] = [];
  for (const x of findIps(diagnostic)) (isAnsweringHostIp(diagnostic, x.start) ? answering : named).push(x.ip);
  return [...named, ...answering];
}

function fromDsn(r: DsnRecipient, textRecipients: TextRecipient[], region: string, input: string): RecipientReport {
  const t = textRecipients.find((x) => x.address.toLowerCase() === r.address.toLowerCase());
  let diagnostic = r.diagnostic;
  let diagnosticSpan: TextSpan | null = null;
  if (r.diagnosticField) {
    const raw = r.diagnosticField.raw;
    diagnosticSpan = locate(input, raw);
    if (diagnosticSpan.start < 0) diagnosticSpan = locate(input, r.diagnosticField.firstLine);
  }
  // Without a Diagnostic-Code (or with an empty one) the text part usually says what happened.
  if ((!diagnostic || diagnostic.length < 4) && t && t.diagnostic) {
    diagnostic = t.diagnostic;
    diagnosticSpan = locate(input, t.diagnostic.split('\n')[0]!);
  }
  const addressSpan = locate(input, r.addressField.firstLine);
  const remoteMta = r.remoteMta ?? (diagnostic ? remoteMtaFromText(diagnostic) : null) ?? (t ? remoteMtaFromText(t.diagnostic) : null);
  const statusSpan = r.statusField ? locateFieldValue(input, r.statusField.name, r.statusField.firstLine) : null;
  return build(r.address, addressSpan, diagnostic, diagnosticSpan, r.status, statusSpan && statusSpan.start >= 0 ? within(statusSpan, r.status ?? '') : null, r.action, remoteMta ? stripType(remoteMta) : null, input, t?.diagnostic ?? '', region);
}

function fromText1(t: TextRecipient, region: string, input: string, single = false): RecipientReport {
  // When the recipient's own lines give no code, the notice's answer elsewhere applies to it.
  const has = { status: Boolean(findStatus(t.diagnostic)), reply: Boolean(findReplyCode(t.diagnostic)), single };
  const diagnostic = noticeAnswer(t.diagnostic, region, t.address, has);
  const firstLine = diagnostic.split('\n')[0] ?? '';
  return build(
    t.address,
    t.start >= 0 ? locate(input, t.raw) : null,
    diagnostic || null,
    firstLine ? locate(input, firstLine.trim()) : null,
    null,
    null,
    null,
    remoteMtaFromText(diagnostic) ?? remoteMtaFromText(region),
    input,
    t.diagnostic,
    region,
  );
}
