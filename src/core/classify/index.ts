/**
 * The classifier: decides, for every recipient of a ParsedBounce, why delivery failed.
 *
 * Order of evidence for the reason: the provider's own code (knowledge/providers), then phrase rules
 * on the recipient's diagnostic text (phrases.ts), then the enhanced status code (status-reasons.ts),
 * then phrase rules on the rest of the bounce text. Synchronous; `classifyText` is async only because
 * reading (postal-mime) is.
 */
import type { ParsedBounce, RecipientReport, TextSpan } from '../read/types.ts';
import type { Classification, MessageKind, Reason, RecipientDiagnosis } from './types.ts';
import { readBounce } from '../read/index.ts';
import { matchPhrases, normalizeForMatch, type PhraseMatch } from './match-phrases.ts';
import { collapseWhiteSpace } from '../read/white-space.ts';
import { IMPLIED_STATUS_DETAIL, statusReasonFor } from './status-reasons.ts';
import { DEFINITE_USERUNKNOWN_PHRASES, RECIPIENT_REFUSED_BY_NAME, NOTICE_OVERRIDES, NOTICE_RULES, VAGUE_BLOCK_PHRASES, VAGUE_REFUSAL_PHRASES } from './phrases.ts';
import { messageKind, pastedWithoutFailure } from './kind.ts';
import { detailOf } from './detail.ts';
import { withoutOthersLines } from './without-others-lines.ts';
import { withoutOthersDsnFields } from './without-dsn-fields.ts';
import { impliedStatusReason, impliedTemporary } from './implied-class.ts';
import { spamVerdictBeforeData } from './before-data.ts';
import { refusesRecipientByName } from './recipient-refused.ts';
import { withoutNoticeBoilerplate } from './notice-boilerplate.ts';
import { withoutRepeatedCodes } from './continuations.ts';
import { noticeStart } from './notice-start.ts';
import { REASONS } from '../knowledge/reasons.ts';
import { matchProvider } from '../knowledge/providers.ts';
import { originalStart } from '../read/markers.ts';
import { GREYLISTED, RECIPIENT_FLOODED, SUMMARIES } from './messages.ts';

/** Reads and classifies pasted text in one step: readBounce's limits, then classify's. Never rejects. */
export async function classifyText(input: string): Promise<Classification> {
  return classify(await readBounce(input));
}

/** Characters of the bounce's own text matched when a recipient's lines decide nothing (the notice is at the top). */
const MAX_REGION_CHARS = 20_000;

/** Reasons a status code alone decides only weakly: the words of the answer take precedence. */
const WEAK_STATUS_REASONS: ReadonlySet<Reason> = new Set(['securityerror', 'systemerror', 'filtered', 'networkerror', 'blocked', 'hostunknown', 'notaccept', 'contenterror']);

/** A Diagnostic-Code written by a local delivery program rather than by a remote SMTP server. */
const LOCAL_PROGRAM = /^x-unix;/i;

function isGeneric(status: string | null): boolean {
  return !status || /^[245]\.0\.0$/.test(status) || /^4\.[345]\.0$/.test(status) || status === '4.7.0' || status === '5.1.0' || status === '5.5.0';
}

interface Decision {
  reason: Reason;
  confidence: number;
  phrase: PhraseMatch | null;
}

function decideReason(r: RecipientReport, diag: string, regionNorm: () => string): Decision {
  const status = r.status;
  if (r.action === 'delivered' || r.action === 'relayed' || r.action === 'expanded' || status?.startsWith('2.')) {
    return { reason: 'delivered', confidence: 0.9, phrase: null };
  }
  let phrase = matchPhrases(diag);
  // The recipient's own address refused by name, with no other words (recipient-refused.ts).
  if (!phrase && refusesRecipientByName(diag, r.address)) phrase = { reason: 'userunknown', phrase: RECIPIENT_REFUSED_BY_NAME, at: 0, overridesStatus: false };
  // Refused in answer to MAIL FROM: the sender's address was refused, whatever the words.
  if ((phrase?.reason === 'userunknown' || phrase?.reason === 'hostunknown' || phrase?.phrase === 'access denied') && r.smtpCommand === 'MAIL') phrase = { ...phrase, reason: 'rejected' };
  // A spam verdict answered to MAIL FROM or RCPT TO came before the content was sent: it judges the sender (before-data.ts).
  if (phrase?.reason === 'spamdetected' && (r.smtpCommand === 'MAIL' || r.smtpCommand === 'RCPT')) phrase = { ...phrase, reason: spamVerdictBeforeData(diag) };
  // "User unknown" answered to the message itself (after DATA) rather than to the recipient (RCPT) is a
  // filter's verdict, not a missing mailbox.
  if (phrase?.reason === 'userunknown' && r.smtpCommand && r.smtpCommand !== 'RCPT') phrase = { ...phrase, reason: 'filtered' };
  // Without the command and without an addressing status (x.1.x), "user unknown" is read as a filter's
  // verdict too (the reference corpus labels it so).
  if (phrase?.reason === 'userunknown' && !r.smtpCommand && !/^[45]\.1\./.test(status ?? '') && !DEFINITE_USERUNKNOWN_PHRASES.has(phrase.phrase)) phrase = { ...phrase, reason: 'filtered' };
  // A domain that cannot be looked up right now (temporary DNS trouble) is a network error, not a
  // domain that does not exist.
  const temporary = status?.startsWith('4') || r.replyCode?.startsWith('4') || r.action === 'delayed';
  if (phrase?.reason === 'hostunknown' && temporary) phrase = { ...phrase, reason: 'networkerror' };
  const byStatus = status && !isGeneric(status) ? statusReasonFor(status, r.replyCode) : null;
  // Words that say only that access was refused (not whose IP or why) do not outrank even a weak status.
  const vague = (phrase?.reason === 'blocked' && VAGUE_BLOCK_PHRASES.has(phrase.phrase)) || (phrase !== null && VAGUE_REFUSAL_PHRASES.has(phrase.phrase));
  // A status naming the destination domain (x.1.2) outranks mailbox words: "not found", "does not exist"
  // beside it are about the domain, and no mailbox exists at a domain that does not.
  const domainStatus = byStatus === 'hostunknown' && phrase?.reason === 'userunknown';
  if (byStatus && (!WEAK_STATUS_REASONS.has(byStatus) || !phrase || vague || domainStatus) && !phrase?.overridesStatus) {
    return { reason: byStatus, confidence: phrase?.reason === byStatus ? 0.95 : 0.8, phrase: phrase?.reason === byStatus ? phrase : null };
  }
  // The answer of a local delivery program (Diagnostic-Code type "x-unix": a pipe, procmail, an LDA):
  // its failure, system error included, is a mailer error unless its words name a more specific cause.
  if ((!phrase || phrase.reason === 'systemerror') && LOCAL_PROGRAM.test(r.diagnosticSpan?.text ?? '')) {
    return { reason: 'mailererror', confidence: 0.7, phrase: null };
  }
  if (phrase) return { reason: phrase.reason, confidence: byStatus === phrase.reason ? 0.95 : 0.75, phrase };
  if (byStatus) return { reason: byStatus, confidence: 0.7, phrase: null };
  // A recipient known only from the returned message's To: the notice's words are about nobody.
  if (r.fromOriginalOnly && !r.diagnostic) return { reason: 'undefined', confidence: 0.2, phrase: null };
  const notice = NOTICE_RULES.find((rule) => regionNorm().includes(rule.marker));
  if (notice) return { reason: notice.reason, confidence: 0.6, phrase: null };
  // The notice's headings ("unable to deliver your message") say only that it failed (notice-boilerplate.ts).
  const regionPhrase = matchPhrases(withoutNoticeBoilerplate(regionNorm()));
  if (regionPhrase) return { reason: regionPhrase.reason, confidence: 0.5, phrase: null };
  // Still being retried with nothing said about why: the delay itself is the finding; a bare temporary
  // answer without words is not enough to decide.
  if (r.action === 'delayed') return { reason: 'expired', confidence: 0.4, phrase: null };
  // Nothing read at all about this recipient (no answer, no code) is "undefined"; words that decide
  // nothing are "on hold".
  return { reason: r.diagnostic || r.replyCode || status ? 'onhold' : 'undefined', confidence: 0.2, phrase: null };
}

/**
 * Whether this attempt is over. An explicit code decides: a 5xx answer or a 5.x.x status means the
 * sending server stopped trying and the message came back, even when the cause may pass (a full
 * mailbox, a rate limit: then only a new send can get through, and the plan says when); a 4xx answer,
 * a 4.x.x status or "Action: delayed" means it is still retrying. The reason's default applies only to
 * texts with no code at all.
 */
function isPermanent(r: RecipientReport, reason: Reason): boolean {
  if (r.action === 'delayed') return false;
  if (r.replyCode?.startsWith('4') || r.status?.startsWith('4')) return false;
  if (r.replyCode?.startsWith('5') || r.status?.startsWith('5')) return true;
  return REASONS[reason]?.permanentByDefault ?? false;
}

function impliedStatus(reason: Reason, temporary: boolean): string | null {
  const detail = IMPLIED_STATUS_DETAIL[reason];
  return detail ? `${temporary ? '4' : '5'}.0.${detail}` : null;
}

/** The reason a notice's fixed sentence states over the recipient line's reason (phrases.ts NOTICE_OVERRIDES); null when none. */
function noticeOverride(reason: Reason, noticeRaw: () => string): Reason | null {
  for (const o of NOTICE_OVERRIDES) if (o.over === reason && noticeRaw().includes(o.sentence)) return o.reason;
  return null;
}

function diagnose(r: RecipientReport, regionNorm: () => string, noticeRaw: () => string): RecipientDiagnosis {
  // The codes a multi-line reply repeats on every line are dropped from the words matched (continuations.ts).
  const diagText = withoutRepeatedCodes(r.diagnostic ?? '');
  // Lower-cased once for the phrases, the provider catalogs and the details (each did it on its own).
  const diagLower = diagText.toLowerCase();
  const diag = collapseWhiteSpace(diagLower);
  const provider = diagText ? matchProvider(diagText, r.remoteMta, diagLower) : null;
  let decision = decideReason(r, diag, regionNorm);
  if (provider && decision.reason !== 'delivered') decision = { reason: provider.rule.reason, confidence: 0.95, phrase: decision.phrase };
  const stated = noticeOverride(decision.reason, noticeRaw);
  if (stated) decision = { reason: stated, confidence: 0.8, phrase: null };
  const reason = decision.reason;
  const status = r.status ?? (reason === 'delivered' ? null : impliedStatus(impliedStatusReason(r, diag, reason), impliedTemporary(r, diag, regionNorm)));
  const info = REASONS[reason];
  const at = r.address.lastIndexOf('@');
  const evidence: TextSpan[] = [];
  for (const s of [r.diagnosticSpan, r.statusSpan, r.replyCodeSpan]) if (s && s.start >= 0) evidence.push(s);
  const detail = detailOf(r, reason, diagText, provider, diagLower);
  const diagnosis: RecipientDiagnosis = {
    address: r.address,
    reason,
    status,
    replyCode: r.replyCode,
    permanent: reason === 'delivered' ? false : isPermanent(r, reason),
    title: detail.greylisted ? GREYLISTED.title
      : detail.recipientFlooded ? RECIPIENT_FLOODED.title(r.address)
      : info ? info.title({ address: r.address, domain: at >= 0 ? r.address.slice(at + 1) : '' }) : reason,
    explanation: detail.greylisted ? `${GREYLISTED.explanation} ${provider?.rule.meaning ?? ''}`.trim()
      : detail.recipientFlooded ? RECIPIENT_FLOODED.explanation
      : provider ? `${info?.explanation ?? ''} ${provider.rule.meaning}`.trim() : info?.explanation ?? '',
    // Greylisting is answered by the sending server's own retry: nobody has to act, and the label for 'sender'
    // on a greylisted result says so; only a retry that keeps failing is for the administrator (a plan step).
    // A flooded recipient's limit is not the sender's doing either: the sender only resends later.
    actor: detail.greylisted || detail.recipientFlooded ? 'sender' : provider?.rule.actor ?? info?.actor ?? 'sender',
    confidence: decision.confidence,
    evidence,
    detail,
    statusImplied: r.status === null && status !== null,
  };
  return diagnosis;
}

/** The bounce's recipient addresses, lower case, each once, without ''. */
function lowerCaseAddresses(parsed: ParsedBounce): string[] {
  const out: string[] = [];
  for (const r of parsed.recipients) {
    const a = r.address.toLowerCase();
    if (a !== '' && !out.includes(a)) out.push(a);
  }
  return out;
}

/**
 * Classifies a read bounce: one diagnosis per recipient of `parsed`, in the same order. Pure and
 * synchronous; never throws. A feedback report gives reason 'feedback' per address and isBounce false;
 * an auto-reply or unreadable input gives no recipients. When a recipient's own lines decide nothing,
 * only the first MAX_REGION_CHARS characters of the notice (before the returned original) are matched.
 */
export function classify(parsed: ParsedBounce): Classification {
  const early = messageKind(parsed);
  if (early === 'feedback') {
    // The addresses a feedback report is about, with the corpus's reason "feedback"; never a bounce.
    const recipients = parsed.recipients.map((r) => ({
      address: r.address, reason: 'feedback' as const, status: null, replyCode: null, permanent: false,
      title: `A complaint or unsubscribe request about mail to ${r.address}`,
      explanation: REASONS.feedback?.explanation ?? '', actor: REASONS.feedback?.actor ?? ('sender' as const),
      confidence: 0.9, evidence: r.addressSpan && r.addressSpan.start >= 0 ? [r.addressSpan] : [], detail: {},
    }));
    return { kind: early, isBounce: false, summary: SUMMARIES[early](parsed), recipients, parsed };
  }
  if (early === 'unreadable' || early === 'autoreply') {
    return { kind: early, isBounce: false, summary: SUMMARIES[early](parsed), recipients: [], parsed };
  }
  const cut = parsed.bounceTextEnd ?? originalStart(parsed.bodyText);
  // The bounce's own words, before the returned original, bounded.
  const noticeEnd = Math.min(cut > 0 ? cut : parsed.bodyText.length, MAX_REGION_CHARS);
  // The rest of the bounce text is matched only when a recipient's own lines decide nothing.
  // Per recipient, without the DSN fields of the others and the lines that name only others: those are
  // their answers (without-dsn-fields.ts, without-others-lines.ts).
  // Cached by the resulting text, so recipients that see the same text normalize it once.
  const regionCache = new Map<string, string>();
  // The other recipients' addresses are looked for in each one's fallback text: lower-cased once per message.
  let addresses: string[] | null = null;
  // The notice text unnormalized: the fallback's source, and the text of NOTICE_OVERRIDES' fixed sentences (one indexOf each).
  let noticeCache: string | null = null;
  const noticeRaw = (): string => (noticeCache ??= parsed.bodyText.slice(0, noticeEnd));
  const regionNormFor = (address: string) => {
    let region: string | undefined;
    return (): string => {
      if (region !== undefined) return region;
      // In pasted text, the customer's own words above a forwarded or quoted notice are not the notice (notice-start.ts).
      const from = parsed.inputKind === 'text' ? Math.min(noticeStart(noticeRaw(), address), noticeEnd) : 0;
      const lower = address.toLowerCase();
      const others = (addresses ??= lowerCaseAddresses(parsed)).filter((a) => a !== lower);
      const text = withoutOthersLines(withoutOthersDsnFields(parsed.bodyText.slice(from, noticeEnd), address), lower, others);
      region = regionCache.get(text) ?? normalizeForMatch(`${parsed.subject ?? ''}\n${text}`);
      regionCache.set(text, region);
      return region;
    };
  };
  const recipients = parsed.recipients.map((r) => diagnose(r, regionNormFor(r.address), noticeRaw));
  // Pasted text that names an address but says nothing of a failure is no bounce (kind.ts).
  if (pastedWithoutFailure(parsed, recipients)) {
    return { kind: 'not-bounce', isBounce: false, summary: SUMMARIES['not-bounce'](parsed), recipients: [], parsed };
  }
  let kind: MessageKind;
  if (recipients.length === 0) kind = 'not-bounce';
  else if (recipients.every((r) => r.reason === 'delivered')) kind = 'delivered';
  else if (recipients.every((r) => r.reason === 'delivered' || !r.permanent) && parsed.recipients.some((r) => r.action === 'delayed')) kind = 'delay';
  else kind = 'bounce';
  return { kind, isBounce: kind === 'bounce' || kind === 'delay', summary: SUMMARIES[kind](parsed), recipients, parsed };
}
