/**
 * The class (4 = temporary, 5 = permanent) of the status reported when a bounce gives no enhanced
 * status code. An SMTP reply code decides; without one, the words of the answer do: a sender's
 * server that "gave up" after a retry timeout, or says the failure is temporary, reports failures
 * that were temporary each time they happened.
 */
import type { RecipientReport } from '../read/types.ts';

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
  return TEMPORARY_PHRASES.some((p) => words.includes(p));
}
