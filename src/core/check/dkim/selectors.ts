/**
 * Which selectors to look up: those of the DKIM-Signature headers when the bounce has them, otherwise a
 * short list of common ones, each marked as a guess.
 */
import type { DkimSignatureRef } from '../../read/types.ts';
import type { DkimSelectorInput } from './types.ts';

/**
 * Selectors in wide use, most common first: generic defaults, Microsoft 365 (selector1/2), Google
 * Workspace (google), Mailchimp/Mandrill (k1..k3), and generic s1/s2/dkim/mail/smtp. Kept short on purpose:
 * each guess is one more query, and a long list looks like a scan.
 */
export const COMMON_SELECTORS = [
  'default', 'selector1', 'selector2', 'google', 'k1', 'k2', 's1', 's2', 'dkim', 'mail', 'smtp',
] as const;

/** A bounce could quote many signatures; a handful is enough to judge. */
const MAX_SIGNED_SELECTORS = 8;

/** Host names: letters, digits, hyphens, underscores and dots, 253 characters at most. */
export const NAME_SHAPE = /^[a-z0-9_](?:[a-z0-9_.-]{0,251}[a-z0-9_])?$/;

/** True when `<selector>._domainkey.<domain>` is a name DNS can be asked about (no spaces, no empty labels). */
export function isAskable(s: { domain: string; selector: string }): boolean {
  return NAME_SHAPE.test(s.domain) && NAME_SHAPE.test(s.selector);
}

function clean(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, '');
}

/** The selectors to check: the signatures' (deduplicated), else guesses at `fallbackDomain`. */
export function selectorsFor(signatures: DkimSignatureRef[], fallbackDomain: string | null): DkimSelectorInput[] {
  const out: DkimSelectorInput[] = [];
  const seen = new Set<string>();
  for (const sig of signatures) {
    const domain = clean(sig.domain);
    const selector = clean(sig.selector);
    if (!isAskable({ domain, selector })) continue;
    const key = `${selector}|${domain}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ domain, selector, guessed: false });
    if (out.length >= MAX_SIGNED_SELECTORS) break;
  }
  if (out.length > 0) return out;
  const domain = fallbackDomain === null ? '' : clean(fallbackDomain);
  if (!NAME_SHAPE.test(domain) || !domain.includes('.')) return [];
  return guessedSelectors(domain);
}

export function guessedSelectors(domain: string): DkimSelectorInput[] {
  return COMMON_SELECTORS.map((selector) => ({ domain: clean(domain), selector, guessed: true }));
}
