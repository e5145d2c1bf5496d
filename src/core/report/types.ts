import type { CheckResult } from '../check/types.ts';
import type { Classification } from '../classify/types.ts';
import type { Plan } from '../remedy/types.ts';

/** Everything an exported diagnosis is made of. */
export interface ReportInput {
  classification: Classification;
  /** The checks run so far (finished ones; a check still running is simply not listed). */
  checks: CheckResult[];
  /** The plan; null when none was made (e.g. not a bounce). */
  plan: Plan | null;
  /** Ids of plan steps already done (ticked in the UI), shown as [x]. */
  doneStepIds?: readonly string[];
  /** A link to the shared diagnosis, included at the end when given. */
  shareUrl?: string;
}

/** Limits on what an export repeats, so a pasted ticket stays readable. */
export interface ReportOptions {
  /** Most answer lines shown per query (a TXT-heavy domain can have dozens); default 5. */
  maxAnswerLines?: number;
}
