/**
 * Stage 4: what to do, in order, by whom.
 */
import type { Actor, Reason } from '../classify/types.ts';
import type { CheckName } from '../check/types.ts';

/** One thing to do, by one actor. */
export interface PlanStep {
  /** Stable id (for ticking steps off in the UI and in share links). */
  id: string;
  /** Who does it. */
  actor: Actor;
  /** Imperative, concrete: "Publish this SPF record for example.com". */
  title: string;
  /** Why and how, a few sentences. */
  body: string;
  /** Things to copy: DNS records to publish, commands to run. */
  copyables: {
    /** What the text is, e.g. "SPF record for example.com". */
    label: string;
    /** The exact text to copy. */
    text: string;
  }[];
  /** Pages to visit (delisting, provider docs). */
  links: {
    /** The link's words. */
    label: string;
    /** The page's address (from the catalogs, or as quoted in the bounce). */
    url: string;
  }[];
  /** The failure reason whose advice this step is (absent for steps drawn from a check). */
  reason?: Reason;
  /** The check whose finding (or failed lookup) this step comes from (absent for reason advice). */
  check?: CheckName;
}

/** The remediation plan for one classified bounce. */
export interface Plan {
  /** The most likely cause, one line. */
  headline: string;
  /** For temporary failures: whether and when to retry; null for permanent ones. */
  retry: {
    /** Whether and when to send again, in plain words. */
    advice: string;
    /** When a manual resend makes sense, in minutes from the bounce; null when no fixed time fits. */
    afterMinutes: number | null;
  } | null;
  /** Ordered, most likely cause first. */
  steps: PlanStep[];
}
