/**
 * Stage 4: what to do, in order, by whom.
 */
import type { Actor, Reason } from '../classify/types.ts';
import type { CheckName } from '../check/types.ts';

export interface PlanStep {
  /** Stable id (for ticking steps off in the UI and in share links). */
  id: string;
  actor: Actor;
  /** Imperative, concrete: "Publish this SPF record for example.com". */
  title: string;
  /** Why and how, a few sentences. */
  body: string;
  /** Things to copy: DNS records to publish, commands to run. */
  copyables: { label: string; text: string }[];
  /** Pages to visit (delisting, provider docs). */
  links: { label: string; url: string }[];
  /** The failure reason whose advice this step is (absent for steps drawn from a check). */
  reason?: Reason;
  /** The check whose finding (or failed lookup) this step comes from (absent for reason advice). */
  check?: CheckName;
}

export interface Plan {
  /** The most likely cause, one line. */
  headline: string;
  /** For temporary failures: whether and when to retry; null for permanent ones. */
  retry: { advice: string; afterMinutes: number | null } | null;
  /** Ordered, most likely cause first. */
  steps: PlanStep[];
}
