/**
 * Failed recipients in the human-readable text of a bounce that has no (usable) DSN part: Postfix,
 * Exim, qmail, Sendmail transcripts, Exchange notices, provider pages and pasted single lines.
 * Works on the text above the returned original.
 */
import { findAddresses, isSystemAddress } from './address.ts';
import { MAX_DIAGNOSTIC_CHARS, MAX_RECIPIENTS } from './limits.ts';
import { findReplyCode } from './codes.ts';

export interface TextRecipient {
  address: string;
  /** Offset of the address (as written) in the scanned text. */
  start: number;
  /** The address as written. */
  raw: string;
  /** The lines that say what happened to it. */
  diagnostic: string;
  /** Offset of the diagnostic in the scanned text. */
  diagnosticStart: number;
}

/** Words just before an address (lower case) that mark it as a failed recipient. */
const STRONG_BEFORE_WORDS: readonly string[] = [
  'rcpt to:', 'rcpt to', 'to:', 'recipient:', 'recipient', 'address:', 'address', 'user:', 'user',
  'empfänger:', 'destinataire:', 'mailbox:', 'to=', 'failed to deliver to', 'delivered to', 'deliver to', 'reach',
  'delivery to', 'your mail to', 'your message to', 'following address:', 'following addresses:', 'following recipient:', 'following recipients:',
];

/**
 * Labels just before an address (lower case, colon dropped) that name the sender, never a failed
 * recipient. Checked before STRONG_BEFORE_WORDS, whose "address:" would otherwise take Outlook's
 * "Sender Address:" line for a recipient.
 */
const SENDER_LABELS: readonly string[] = [
  'sender address', 'sender', 'from', 'mail from', 'envelope from', 'envelope-from', 'return-path', 'reply-to',
  'absender', 'absenderadresse', 'expéditeur', 'remitente',
  // Outlook's "Sender Address" in other languages.
  'adresse de l\'expéditeur', 'adresse de l’expéditeur', 'adres afzender', 'afzenderadres', 'endereço do remetente', 'dirección del remitente',
  'indirizzo mittente', 'indirizzo del mittente', '送信者アドレス', '寄件者地址', '发件人地址',
  'adres nadawcy', 'avsändaradress', 'afsenderadresse', 'avsenderadresse', 'lähettäjän osoite', 'adresa odesílatele',
  'адрес отправителя', 'gönderen adresi', '보낸 사람 주소',
  // "From" of a forwarded message's header block as Outlook writes it in other languages.
  'von', 'de', 'da', 'van', 'od', 'från', 'fra', 'lähettäjä', 'от', 'kimden', '差出人', '发件人', '寄件者', '보낸 사람',
];

/** Log fields ("from=<a@b>", Postfix and Sendmail log lines) naming the sender, never a failed recipient. */
const SENDER_LOG_FIELDS: readonly string[] = ['from', 'sender', 'envelope-from', 'envelope_from', 'mail_from'];

/** `before` without the quotes, brackets and blanks that may stand between a label and its address, lower case. */
function labelText(before: string): string {
  let end = before.length;
  while (end > 0 && ' \t"\'<'.includes(before[end - 1]!)) end--;
  return before.slice(0, end).toLowerCase();
}

/**
 * True when the address follows a label naming the sender ("Sender Address:", "From:", ">>> MAIL FROM:"):
 * the label (`label`, the text before the address as labelText gives it), from the line start or an
 * opening bracket, is one of SENDER_LABELS as a whole, so that "(expanded from: <a@b>)" still names a recipient.
 */
function senderLabelled(label: string): boolean {
  if (label.endsWith('=')) {
    // A log field: the word just before "=", after a blank or a comma.
    let start = label.length - 1;
    while (start > 0 && !' \t,;'.includes(label[start - 1]!)) start--;
    return SENDER_LOG_FIELDS.includes(label.slice(start, -1));
  }
  if (!label.endsWith(':')) return false;
  let start = label.length - 1;
  while (start > 0 && !'\n(['.includes(label[start - 1]!)) start--;
  let name = label.slice(start, -1).trim();
  while (name !== '' && !/\p{L}/u.test(name[0]!)) name = name.slice(1);
  return SENDER_LABELS.includes(name.trimEnd());
}

/** Labels of a forwarded message's header block (as mail programs write them in several languages). */
const HEADER_FROM_LABELS: readonly string[] = ['from', 'von', 'de', 'da', 'van', '差出人', '发件人'];
const HEADER_TO_LABELS: readonly string[] = ['to', 'an', 'à', 'a', 'para', 'aan', '宛先', '收件人'];

/** Lines of a forwarded header block looked at above its "To:" line (From, Sent, Date, Subject, Cc...). */
const MAX_HEADER_BLOCK_LINES = 8;

/** Characters at the head of a line read for its label ("To:" after up to 8 quote marks and blanks). */
const LABEL_HEAD_CHARS = 40;

/** Characters of a header line above "To:" read for its label and address (a From line is short). */
const MAX_HEADER_LINE_CHARS = 300;

/** The label of a header-like line ("From: ...", "De : ..."), lower case, or null. */
function headerLabel(line: string): string | null {
  const colon = line.indexOf(':');
  if (colon <= 0 || colon > 20) return null;
  const label = line.slice(0, colon).trim().toLowerCase();
  return label !== '' && !/[\s<>@]/.test(label) ? label : null;
}

/**
 * True when the line at `lineStart` is the "To:" line of a forwarded header block whose "From:" is the
 * mail system (mailer-daemon, postmaster): the bounce was addressed to the person who sent the failed
 * message, so its To is the sender, not a failed recipient. A customer forwarding the notice writes
 * that block above the notice's text.
 */
function bounceAddressee(text: string, lineStart: number, lineEnd: number): boolean {
  // Only the head of the line holds a label: a 1 MB line with many addresses stays cheap.
  const label = headerLabel(text.slice(lineStart, Math.min(lineEnd, lineStart + LABEL_HEAD_CHARS)).replace(/^[>\s]{0,8}/, ''));
  if (label === null || !HEADER_TO_LABELS.includes(label)) return false;
  let end = lineStart - 1;
  for (let n = 0; n < MAX_HEADER_BLOCK_LINES && end > 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, Math.min(end, start + MAX_HEADER_LINE_CHARS));
    const own = headerLabel(line.replace(/^[>\s]{0,8}/, ''));
    if (own === null) return false;
    if (HEADER_FROM_LABELS.includes(own)) return findAddresses(line).some((a) => isSystemAddress(a.address));
    end = start - 1;
  }
  return false;
}

/** Characters of the line above an address read for a label: a label is short. */
const PREVIOUS_LINE_CHARS = 60;

/** The line before the one starting at `lineStart`, after a newline; '' at the top or when longer than a label can be. */
function previousLine(text: string, lineStart: number): string {
  if (lineStart <= 0) return '';
  const end = text[lineStart - 2] === '\r' ? lineStart - 2 : lineStart - 1;
  const start = text.lastIndexOf('\n', end - 1) + 1;
  return end - start > PREVIOUS_LINE_CHARS ? '' : `\n${text.slice(start, end).trimEnd()}`;
}

/** True when the address is the value of a log line's recipient field ("to=<", "orig_to=<"); `label` as labelText gives it. */
function logRecord(label: string): boolean {
  return label.endsWith('to=');
}

/** True when the text before an address (`trimmed`, as labelText gives it) puts it in a recipient position. No backtracking regex. */
function strongBefore(trimmed: string): boolean {
  if (STRONG_BEFORE_WORDS.some((w) => trimmed.endsWith(w))) return true;
  // "550 5.1.1 <addr>" or "550-addr": an SMTP answer about this address.
  const tokens = trimmed.split(' ');
  let last = tokens.pop() ?? '';
  if (/^[245]\.[0-9]{1,3}\.[0-9]{1,3}$/.test(last)) last = tokens.pop() ?? '';
  return /^[245][0-9]{2}-?$/.test(last);
}

/** Text just after an address that marks it as a failed recipient. */
const STRONG_AFTER = /^(?:>?:|>?\.\.\.|>?,? (?:User unknown|does not exist|unknown|mailbox)|>? ?\((?:user|mailbox|generated|expanded|reason))/i;

/**
 * True when the address closes a line of its own after a display name, "Grace Lind (grace@example.com)":
 * how Exchange lists the recipients under "Delivery has failed to these recipients or groups". A name
 * with a label ("From: Kim (kim@...)") does not count.
 */
function namedLine(lineBefore: string, after: string): boolean {
  return NAMED_LINE_AFTER_RE.test(after) && NAMED_LINE_BEFORE_RE.test(lineBefore);
}
const NAMED_LINE_BEFORE_RE = /^[^\s:<>()@][^:<>()@\n]{0,80}\($/;
const NAMED_LINE_AFTER_RE = /^\)\s{0,8}$/;
/** The longest text NAMED_LINE_BEFORE_RE can match (a first character, 80 more and the "("): longer is no name. */
const MAX_NAMED_LINE_BEFORE_CHARS = 82;

/** Longest one-line label introducing an answer ("The response from the remote server was:"). */
const MAX_ANSWER_LABEL_CHARS = 80;

/** True when `para` is one short line ending with a colon and naming no address: "The response was:". */
function isAnswerLabel(para: string): boolean {
  return para !== '' && para.length <= MAX_ANSWER_LABEL_CHARS && !para.includes('\n') && para.trimEnd().endsWith(':') && !para.includes('@');
}

/** True when the text before an address shows it is part of a URL, a mailto: link or a message id. */
function insideLinkOrId(before: string): boolean {
  const last = before[before.length - 1];
  if (last === '/' || last === '=' || last === '?' || last === '&') return true;
  let end = before.length;
  while (end > 0 && (before[end - 1] === '<' || before[end - 1] === ' ' || before[end - 1] === '\t')) end--;
  const tail = before.slice(Math.max(0, end - 16), end).toLowerCase();
  return tail.endsWith('mailto:') || tail.endsWith('message-id:') || tail.endsWith(' id') || tail === 'id';
}

/** True when the first word of `line` is a mail address (optionally in angle brackets) other than `address`. */
function startsWithOtherAddress(line: string, address: string): boolean {
  const word = line.trimStart().split(/[\s:,]/, 1)[0] ?? '';
  const at = word.indexOf('@');
  if (!(at > 0 && at < word.length - 3 && word.includes('.', at))) return false;
  return !word.toLowerCase().includes(address.toLowerCase());
}

function lineBounds(text: string, at: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  return { start, end };
}

/** The line of the address plus the following non-blank lines (a paragraph), bounded. */
function paragraphFrom(text: string, lineStart: number, skipFirstLine: boolean, address: string): { text: string; start: number } {
  let start = lineStart;
  if (skipFirstLine) {
    const nl = text.indexOf('\n', lineStart);
    if (nl < 0) return { text: '', start: -1 };
    start = nl + 1;
    // Skip blank lines between an address line and its explanation (qmail, some Exchange notices).
    let guard = 0;
    while (guard++ < 3) {
      const next = text.indexOf('\n', start);
      const line = text.slice(start, next < 0 ? text.length : next);
      if (line.trim() !== '' || next < 0) break;
      start = next + 1;
    }
  }
  let end = start;
  let lines = 0;
  while (end < text.length && lines < 12) {
    let nl = text.indexOf('\n', end);
    if (nl < 0) nl = text.length;
    const line = text.slice(end, nl);
    if (line.trim() === '' && end > start) break;
    // A following line that starts with another address begins the next recipient's lines.
    if (end > start && startsWithOtherAddress(line, address)) break;
    end = nl + 1;
    lines++;
    if (end - start > MAX_DIAGNOSTIC_CHARS) break;
  }
  return { text: text.slice(start, Math.min(end, start + MAX_DIAGNOSTIC_CHARS)).trimEnd(), start };
}

/** Where an address stands in the text, as findTextRecipients needs it. */
interface Place {
  /** Offset of the address's line. */
  lineStart: number;
  /**
   * Up to BEFORE_CHARS characters of its line before it, as labelText gives them (lower case, the
   * quotes and blanks next to the address dropped): made once for the sender, log and recipient labels.
   */
  label: string;
  /** Up to AFTER_CHARS characters of its line after it. */
  after: string;
  /** Offset of the end of its line. */
  lineEnd: number;
  /** At most LINE_START_SLACK blanks, quotes, angle brackets or bullet marks ("*", "-") before it on its line. */
  atLineStart: boolean;
  /** Inside a URL, a message-id or a mailto: link. */
  link: boolean;
  /** Labelled as the sender's ("From:", "Sender Address:", "from=<", a bounce's own To). */
  sender: boolean;
}

/** What holds for every address of one line. */
interface LineFacts {
  /** Offset of the line's first character. */
  start: number;
  /** Offset of the newline that ends it (the text's length on the last line). */
  end: number;
  /** The line is the To line of a notice from the mail system (bounceAddressee). */
  bounceTo: boolean;
  /** The line above is a sender label alone ("Sender Address:", OWA's copy). */
  underSenderLabel: boolean;
}

/**
 * Where each address of `all` (in text order) stands. The facts of a line are found once for all its
 * addresses, and every slice is bounded: a 200,000-character line with thousands of addresses stays linear.
 */
function placesOf(text: string, all: readonly { raw: string; start: number }[]): Place[] {
  let line: LineFacts = { start: 0, end: -1, bounceTo: false, underSenderLabel: false };
  return all.map((f) => {
    if (f.start > line.end) {
      const { start, end } = lineBounds(text, f.start);
      line = { start, end, bounceTo: bounceAddressee(text, start, end), underSenderLabel: senderLabelled(labelText(previousLine(text, start))) };
    }
    return placeOf(text, f, line);
  });
}

/** Characters before an address on its line that still leave it "at the line start" (quotes, brackets, a bullet). */
const LINE_START_SLACK = 6;

/**
 * Characters of an address's line before it read for a label or a reply code: the longest label
 * ("your message to", "adresse de l'expéditeur:", "550 5.1.1") is far shorter, and a long line stays cheap.
 */
const BEFORE_CHARS = 60;

/** Characters of an address's line after it read for STRONG_AFTER and a display name's ")": both are short. */
const AFTER_CHARS = 40;

function placeOf(text: string, f: { raw: string; start: number }, line: LineFacts): Place {
  const lineStart = line.start;
  const before = text.slice(Math.max(lineStart, f.start - BEFORE_CHARS), f.start);
  const after = text.slice(f.start + f.raw.length, Math.min(line.end, f.start + f.raw.length + AFTER_CHARS));
  const atLineStart = f.start - lineStart <= LINE_START_SLACK && /^[\s"'<>*-]{0,6}$/.test(text.slice(lineStart, f.start));
  const link = insideLinkOrId(before);
  const label = labelText(before);
  // OWA's copy puts each value on the line under its label ("Sender Address:" / "kim@...").
  const sender = !link && (senderLabelled(label) || line.bounceTo || (atLineStart && line.underSenderLabel));
  return { lineStart, lineEnd: line.end, label, after, atLineStart, link, sender };
}

/**
 * The lines that speak of the address at `place`: its paragraph (from its line, or from the line
 * under it when it stands `alone`). A log line ("postfix/smtp[..]: ID: to=<a@b>, ..., status=bounced
 * (...)") is one record: the lines around it are other recipients' records, even with no blank line between.
 */
function ownLines(text: string, place: Place, alone: boolean, address: string): { text: string; start: number } {
  const { lineStart, lineEnd, label } = place;
  if (logRecord(label)) return { text: text.slice(lineStart, Math.min(lineEnd, lineStart + MAX_DIAGNOSTIC_CHARS)), start: lineStart };
  return paragraphFrom(text, lineStart, alone, address);
}

/**
 * `para.text`, followed by the next paragraph when it is one sentence naming the address ("There was an
 * error delivering your mail to <a@b>."): the reason is below it, and under a one-line label ("The
 * response was:", Gmail, in the reader's language) the answer one paragraph further.
 */
function withExplanationBelow(text: string, para: { text: string; start: number }, alone: boolean, address: string): string {
  let diagnostic = para.text;
  if (alone || diagnostic.includes('\n') || !/[.:]\s*$/.test(diagnostic.slice(-3))) return diagnostic;
  const next = text.indexOf('\n', para.start);
  if (next <= 0) return diagnostic;
  const following = paragraphFrom(text, next + 1, true, address);
  if (following.text && !startsWithOtherAddress(following.text, address)) diagnostic = `${diagnostic}\n${following.text}`;
  if (isAnswerLabel(following.text)) {
    const answer = paragraphFrom(text, following.start, true, address);
    if (answer.text && !startsWithOtherAddress(answer.text, address)) diagnostic = `${diagnostic}\n${answer.text}`;
  }
  return diagnostic;
}

/**
 * Recipients named in `text`, in order of first mention. `exclude` holds addresses known not to be
 * failed recipients (the sender, the bounce's own From/To). Prefers addresses in recipient positions;
 * falls back to any other address.
 */
export function findTextRecipients(text: string, exclude: ReadonlySet<string>): TextRecipient[] {
  const strong: TextRecipient[] = [];
  const weak: TextRecipient[] = [];
  const seen = new Set<string>();
  const all = findAddresses(text);
  const places = placesOf(text, all);
  // An address the text labels as the sender's (or as the one the bounce went to) is the sender wherever
  // else it appears: in the signature of the customer who forwarded the notice, in a quoted reply line.
  const senders = new Set<string>();
  places.forEach((p, i) => { if (p.sender) senders.add(all[i]!.address.toLowerCase()); });
  // Where the server's answer quoted for the last recipient found runs in `text` (from its reply code to
  // the end of its lines): an address inside it, after another address on its line, is part of that
  // answer ("<q@y>: host mx[ip] said: 553 5.1.8 <bad@x>... Domain of sender address bad@x does not
  // exist"), not another failed recipient. The first address of a line (Sendmail's "554 <a@b>... Host
  // unknown" summary lines) still is one.
  let answerFrom = -1;
  let answerTo = -1;
  for (let i = 0; i < all.length; i++) {
    const found = all[i]!;
    const place = places[i]!;
    const key = found.address.toLowerCase();
    if (seen.has(key) || exclude.has(key) || senders.has(key) || place.link) continue;
    const { lineStart, label, after, atLineStart } = place;
    if (found.start >= answerFrom && found.start < answerTo && found.start - lineStart <= MAX_DIAGNOSTIC_CHARS && text.slice(lineStart, found.start).includes('@')) continue;
    const alone = atLineStart && /^[>"'\s:,]{0,4}$/.test(after);
    // The line's text before the address is sliced for namedLine only when it can be a display name.
    const isStrong = atLineStart || strongBefore(label) || STRONG_AFTER.test(after)
      || (found.start - lineStart <= MAX_NAMED_LINE_BEFORE_CHARS && namedLine(text.slice(lineStart, found.start), after));
    // postmaster@ and MAILER-DAEMON@ are the mail system's own addresses unless named as the recipient.
    if (!isStrong && isSystemAddress(found.address)) continue;
    const para = ownLines(text, place, alone, found.address);
    const diagnostic = withExplanationBelow(text, para, alone, found.address);
    const item: TextRecipient = {
      address: found.address,
      start: found.start,
      raw: found.raw,
      diagnostic: diagnostic.trim(),
      diagnosticStart: para.start,
    };
    seen.add(key);
    (isStrong ? strong : weak).push(item);
    const code = para.start >= 0 ? findReplyCode(para.text) : null;
    if (code) {
      answerFrom = para.start + code.start;
      answerTo = para.start + para.text.length;
    }
    if (strong.length >= MAX_RECIPIENTS) break;
  }
  return strong.length > 0 ? strong : weak.slice(0, 1);
}
