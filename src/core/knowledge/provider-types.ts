/**
 * Shapes of the provider catalogs: what a large mailbox provider or mail filter says when it refuses
 * a message, recognised by its own codes and wording.
 */
import type { Actor, Reason, ReasonDetail } from '../classify/types.ts';

/** One provider-specific code or phrase, and what it means. */
export interface ProviderCodeRule {
  /** The provider's own code as people search for it, e.g. "5.7.509", "SC-001", "BL21", "TSS04". */
  code: string;
  /**
   * Recognises the rule in the rejection text. Case-insensitive, bounded (no unbounded gaps, no nested
   * quantifiers) so that it runs in linear time on any input; a test checks each with recheck.
   */
  match: RegExp;
  /**
   * A second pattern that must also occur somewhere in the text. Used instead of "A, then up to N
   * characters, then B" in one pattern: a long bounded gap still backtracks polynomially.
   */
  alsoRequires?: RegExp;
  /** The reason this rule implies. */
  reason: Reason;
  /** One or two sentences in plain language: what the provider means by it. */
  meaning: string;
  /** Who has to act. */
  actor: Actor;
  /** The provider's page for this code, when it has its own. */
  docsUrl?: string;
  /** Facts the rule itself establishes (which check failed, which blocklist, TLS required, ...). */
  detail?: Partial<ReasonDetail>;
  /**
   * True when the code is unique enough to identify the provider even when the remote server's name is
   * unknown (e.g. "[BL21]", "SC-001"); false or absent for codes other systems also use (e.g. "5.1.1").
   */
  standalone?: boolean;
}

export interface ProviderCatalog {
  /** Stable id, e.g. "microsoft365". */
  id: string;
  /** Name shown to people, e.g. "Microsoft 365 / Exchange Online". */
  provider: string;
  /** The provider's own page listing its delivery error codes. */
  docsUrl: string;
  /** Where a blocked sender asks to be unblocked, when the provider has such a page. */
  delistUrl?: string;
  /**
   * Patterns on the remote MTA's host name, or text markers in the rejection, that show this provider
   * answered (e.g. /\.protection\.outlook\.com\b/i, /gsmtp/i). Bounded like `match`.
   */
  hostPatterns: RegExp[];
  /** Rules, most specific first: the first that matches wins. */
  rules: ProviderCodeRule[];
  /** Ids of catalogs whose rules also apply when this one has no match (e.g. Outlook.com runs on EOP). */
  alsoUses?: string[];
}

/** A matched provider rule. */
export interface ProviderMatch {
  catalog: ProviderCatalog;
  rule: ProviderCodeRule;
}
