/**
 * The class (4 = temporary, 5 = permanent) of the status reported when a bounce gives no enhanced
 * status code. An SMTP reply code decides; without one, the words of the answer do: a sender's
 * server that "gave up" after a retry timeout, or says the failure is temporary, reports failures
 * that were temporary each time they happened.
 */
import type { RecipientReport } from '../read/types.ts';
import type { Reason } from './types.ts';
import { includesAny } from './match-phrases.ts';

/** Phrases (normalized text: lower case, single spaces) that call the failure temporary. */
const TEMPORARY_PHRASES: readonly string[] = [
  'temporary failure', 'temporarily', 'temporary error', 'temporary problem', 'persistent transient',
  'retry timeout exceeded', 'failing for a long time',
];

/**
 * True when the implied status should be of class 4. `diag` is the recipient's normalized answer;
 * `region` gives the normalized notice text, read only when the recipient has no answer of its own.
 */
export function impliedTemporary(r: RecipientReport, diag: string, region: () => string): boolean {
  if (r.replyCode) return r.replyCode.startsWith('4');
  if (r.status?.startsWith('4') || r.action === 'delayed') return true;
  const words = diag !== '' ? diag : region();
  return includesAny(words, TEMPORARY_PHRASES);
}

/**
 * Exim's sentence for a refusal of the envelope sender ("SMTP error from remote mail server after MAIL
 * FROM:<...>"; "remote mailer" in older versions), normalized. Such a refusal came before any recipient
 * was named, so it says nothing about this recipient's own state.
 */
const EXIM_SENDER_REFUSALS: readonly string[] = [
  'smtp error from remote mail server after mail from',
  'smtp error from remote mailer after mail from',
];

/**
 * The reason whose number the implied status (x.0.9NN) carries. Usually the recipient's reason; for an
 * Exim report of a refusal at MAIL FROM without an enhanced code it is 'onhold' (x.0.901, "not decided
 * for this recipient"), the convention of the reference corpus for these reports, while the reason itself
 * still comes from the words (a missing PTR, a blocklist, ...). Other servers' MAIL FROM refusals, told
 * in a transcript (">>> MAIL From:"), keep their reason's number there too. `diag` is the normalized answer.
 */
export function impliedStatusReason(r: RecipientReport, diag: string, reason: Reason): Reason {
  if (r.smtpCommand === 'MAIL' && includesAny(diag, EXIM_SENDER_REFUSALS)) return 'onhold';
  return reason;
}
