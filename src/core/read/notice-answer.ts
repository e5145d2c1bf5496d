/**
 * The server's answer for a recipient whose own lines in a plain-text notice carry no SMTP code:
 * DragonFly, qmail-like and provider notices name the recipient in one sentence and quote the
 * answer in a paragraph of its own ("host X did not like our final DATA:" + a multi-line reply).
 */
import { MAX_DIAGNOSTIC_CHARS } from './limits.ts';
import { findAddresses } from './address.ts';
import { indexIgnoringCase } from './index-ignoring-case.ts';

/** Lines of one paragraph kept: a multi-line SMTP reply rarely has more. */
const MAX_PARAGRAPH_LINES = 12;

/**
 * A line holding an SMTP reply: the code at the start or after a space, then a space or a dash, then not
 * two digits that go on without a "." (a status code goes on with "5.", an IP address with "192." or
 * "10."; a phone number's "555 0100" or "555-0100" is no reply).
 */
const REPLY_LINE_RE = /(?:^|[\s'"(:;<>[])[45][0-9]{2}[ -](?![0-9]{2}(?![0-9]?\.))/;

/** A line holding an enhanced status code without a reply code ("-- 5.4.1 Recipient address rejected"). */
const STATUS_LINE_RE = /(?:^|[\s'"(:;<>[#])[45]\.[0-7]\.[0-9]{1,3}(?![0-9.])/;

/** The paragraph (lines between blank lines, bounded) around offset `at` of `text`. */
function paragraphAt(text: string, at: number): string {
  let start = at;
  for (let n = 0; n < MAX_PARAGRAPH_LINES && start > 0; n++) {
    const prevEnd = start - 1;
    const prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
    if (text.slice(prevStart, prevEnd).trim() === '') break;
    start = prevStart;
  }
  let end = start;
  for (let n = 0; n < MAX_PARAGRAPH_LINES * 2 && end < text.length; n++) {
    let nl = text.indexOf('\n', end);
    if (nl < 0) nl = text.length;
    if (text.slice(end, nl).trim() === '' && end > at) break;
    end = nl + 1;
    if (end - start > MAX_DIAGNOSTIC_CHARS) break;
  }
  return text.slice(start, Math.min(end, start + MAX_DIAGNOSTIC_CHARS)).trim();
}

/** Reply paragraphs kept per notice: one per recipient at most in real notices. */
const MAX_REPLY_PARAGRAPHS = 20;

/** Only the head of a long line is looked at: the code opens the answer, and a 1 MB line stays cheap. */
const LINE_HEAD_CHARS = 300;

/**
 * A reply line that holds nothing but its codes ("Status code: 550 5.7.1"): Outlook's summary, while
 * the server's words follow under "Error:" further down.
 */
const CODES_ONLY_RE = /(?:^|[\s'"(:;<>[])[45][0-9]{2}(?:[ -][245]\.[0-9]{1,3}\.[0-9]{1,3})?\s*$/;

/** Answer paragraphs of a notice: those with an SMTP reply line, those with only a status code. */
interface AnswerParagraphs {
  reply: string[];
  status: string[];
  /** The reply paragraphs whose reply line holds nothing but codes: read only when no other one fits. */
  codesOnly: Set<string>;
  /**
   * The addresses each paragraph names, lower case, filled as asked (namedIn): a notice with many
   * recipients asks about the same few paragraphs for each of them.
   */
  named: Map<string, string[]>;
}

/** The addresses `para` names, lower case, read once per notice. */
function namedIn(answers: AnswerParagraphs, para: string): string[] {
  let named = answers.named.get(para);
  if (!named) {
    named = findAddresses(para).map((a) => a.address.toLowerCase());
    answers.named.set(para, named);
  }
  return named;
}

/** The answer paragraphs of `region`, cached for the last region seen. */
let lastRegion: string | null = null;
let lastAnswers: AnswerParagraphs = { reply: [], status: [], codesOnly: new Set(), named: new Map() };
function answerParagraphs(region: string): AnswerParagraphs {
  if (region === lastRegion) return lastAnswers;
  lastRegion = region;
  lastAnswers = { reply: [], status: [], codesOnly: new Set(), named: new Map() };
  let lineStart = 0;
  while (lineStart < region.length && lastAnswers.reply.length + lastAnswers.status.length < MAX_REPLY_PARAGRAPHS) {
    let nl = region.indexOf('\n', lineStart);
    if (nl < 0) nl = region.length;
    const head = region.slice(lineStart, Math.min(nl, lineStart + LINE_HEAD_CHARS));
    const list = REPLY_LINE_RE.test(head) ? lastAnswers.reply : STATUS_LINE_RE.test(head) ? lastAnswers.status : null;
    if (list) {
      const para = paragraphAt(region, lineStart);
      if (list[list.length - 1] !== para) {
        list.push(para);
        if (list === lastAnswers.reply && CODES_ONLY_RE.test(head)) lastAnswers.codesOnly.add(para);
      }
    }
    lineStart = nl + 1;
  }
  return lastAnswers;
}

/**
 * The first paragraph of `kind` that names no address but `address`, or none at all; with a single
 * recipient in the notice, simply the first (the only failure it reports). A reply paragraph with the
 * server's words comes before one whose reply line holds only codes.
 */
function answerFor(region: string, address: string, single: boolean, kind: 'reply' | 'status'): string {
  const key = address.toLowerCase();
  const answers = answerParagraphs(region);
  let codesOnly = '';
  for (const para of answers[kind]) {
    // A paragraph naming another recipient is that one's answer, or a list (Exim's failed addresses, each
    // with its lines) whose answers belong to the recipients written above them, in their own lines.
    if (!single && namedIn(answers, para).some((a) => a !== key)) continue;
    if (!answers.codesOnly.has(para)) return para;
    codesOnly ||= para;
  }
  return codesOnly;
}

/** True when the one-line `own` ends with `address` ("... delivering your mail to <a@b>."): nothing said yet. */
function endsWithAddress(own: string, address: string): boolean {
  let end = own.length;
  while (end > 0 && '>.:,) \t'.includes(own[end - 1]!)) end--;
  return own.slice(Math.max(0, end - address.length), end).toLowerCase() === address.toLowerCase();
}

/**
 * The paragraph after the recipient's own (`own`, as found in `region`) when that paragraph is one
 * line that ends with the recipient's address, or is followed by Google's "Technical details of ...
 * failure:", and the next one names no address: its explanation.
 */
function nextParagraph(region: string, own: string, address: string): string {
  if (own === '' || own.includes('\n')) return '';
  const sentenceOnly = endsWithAddress(own, address);
  const at = region.indexOf(own);
  if (at < 0) return '';
  let next = region.indexOf('\n', at + own.length);
  let guard = 0;
  while (next >= 0 && guard++ < 4) {
    const end = region.indexOf('\n', next + 1);
    const line = region.slice(next + 1, end < 0 ? region.length : end);
    if (line.trim() !== '') {
      const para = paragraphAt(region, next + 1);
      // Google's notices put the answer under "Technical details of ... failure:" after a retry note.
      const explains = sentenceOnly || /^Technical details of (?:permanent|temporary) failure/i.test(para);
      return explains && findAddresses(para).length === 0 && !/^\s{0,8}-{2,}/.test(para) ? para : '';
    }
    next = end;
  }
  return '';
}

/**
 * What to read for a recipient of a plain-text notice: its own lines (`own`) when they hold a reply
 * code, else those lines plus the notice's first paragraph with an SMTP reply that is about this
 * recipient (or names nobody; any, when the notice has a `single` recipient), else, when the own
 * lines have no status code either, plus such a paragraph with a status code, else plus the paragraph right after its own sentence if that
 * sentence ends with the address (or the next paragraph is Google's "Technical details"); with
 * no own lines at all, the other lines of the paragraph that names the address.
 * Bounded: each walk stops after a few lines or MAX_DIAGNOSTIC_CHARS.
 */
export function noticeAnswer(own: string, region: string, address: string, has: { status: boolean; reply: boolean; single: boolean }): string {
  if (has.reply) return withSessionBefore(own, region);
  let answer = answerFor(region, address, has.single, 'reply');
  if (answer === '' && !has.status) answer = answerFor(region, address, has.single, 'status');
  const extra = answer !== '' ? (own.includes(answer) ? '' : answer) : has.status ? '' : nextParagraph(region, own, address);
  if (extra) return own ? `${own}\n${extra}` : extra;
  return own === '' ? linesAround(region, address) : own;
}

/**
 * The other lines of the paragraph where `address` is first named (Lotus Notes writes the reason
 * above the address: "------- Failure Reasons --------" / reason / address). Empty when the address
 * stands alone.
 */
function linesAround(region: string, address: string): string {
  const at = indexIgnoringCase(region, address);
  if (at < 0) return '';
  return paragraphAt(region, at)
    .split('\n')
    .filter((line) => !line.toLowerCase().includes(address.toLowerCase()) && !/^\s{0,8}-{2,}/.test(line))
    .join('\n')
    .trim();
}

/** Sendmail's summary line for a recipient: "554 <a@b>... Remote protocol error". */
const SUMMARY_LINE_RE = /^[245][0-9]{2} <[^\s<>@]{1,64}@[^\s<>]{1,253}>\.\.\. /;

/** Session lines of a Sendmail transcript: ">>> MAIL From:<...>" sent, "<<< 550 ..." answered. */
const SESSION_LINE_RE = /^(?:>>>|<<<) /;

/** Session lines read back from a summary line: a command, its answer and a few continuations. */
const MAX_SESSION_LINES = 6;

/**
 * `own` with the session lines written just above it when `own` opens with Sendmail's summary line:
 * the "<<< 550 Insecure Mail Relay" the remote server answered is what the summary reports.
 */
function withSessionBefore(own: string, region: string): string {
  if (!SUMMARY_LINE_RE.test(own)) return own;
  const firstLine = own.slice(0, own.indexOf('\n') < 0 ? own.length : own.indexOf('\n'));
  const at = region.indexOf(firstLine);
  if (at <= 0) return own;
  const before: string[] = [];
  let end = at - 1;
  while (end > 0 && before.length < MAX_SESSION_LINES) {
    const start = region.lastIndexOf('\n', end - 1) + 1;
    const line = region.slice(start, end);
    if (!SESSION_LINE_RE.test(line)) break;
    before.unshift(line);
    end = start - 1;
  }
  return before.length > 0 ? `${before.join('\n')}\n${own}` : own;
}
