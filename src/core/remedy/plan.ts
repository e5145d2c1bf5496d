/**
 * The remediation plan: from the classification and the check results, an ordered checklist, the most
 * likely cause first, each step saying who acts and exactly what to do.
 *
 * Order: for the first failed recipient's reason, the check steps that confirm it (errors first), then
 * the reason's own advice (minus advice on a subject a check already settled); then the other
 * recipients' reasons; then the remaining check findings. Duplicate steps (same id) appear once.
 */
import type { Actor, Classification, Reason, RecipientDiagnosis } from '../classify/types.ts';
import type { CheckName, CheckResult } from '../check/types.ts';
import type { Plan, PlanStep } from './types.ts';
import { ADVICE, PASTE_WHOLE_BOUNCE, type StepDraft, type Topic } from './advice.ts';
import { adviceContext, type AdviceContext } from './context.ts';
import { byHandCheck, CHECK_TOPICS, stepsFromCheck, type CheckStep } from './check-steps.ts';
import { RESEND_AFTER_FINAL, retryAdvice } from './retry.ts';
import { REASONS } from '../knowledge/reasons.ts';
import { CHECK_TEXT } from './messages.ts';
import { mergeByHandSteps } from './merge-by-hand.ts';

/** The checks that bear on each reason, most telling first (their steps go right after the reason's). */
export const RELEVANT_CHECKS: Readonly<Partial<Record<Reason, CheckName[]>>> = {
  userunknown: ['address', 'mx'],
  hostunknown: ['address', 'mx'],
  notaccept: ['mx', 'address'],
  networkerror: ['mx'],
  expired: ['mx'],
  norelaying: ['mx'],
  rejected: ['mx', 'spf', 'dmarc'],
  blocked: ['blocklist-ip', 'reverse-dns', 'blocklist-domain'],
  badreputation: ['blocklist-ip', 'blocklist-domain', 'spf', 'dkim', 'dmarc', 'reverse-dns'],
  requireptr: ['reverse-dns'],
  authfailure: ['dmarc', 'spf', 'dkim'],
  spamdetected: ['blocklist-domain', 'dkim', 'spf', 'dmarc'],
  securityerror: [],
};

/**
 * Reasons where the receiver's answer already names the cause, so the DNS checks can only add to it:
 * their steps follow the reason's advice instead of leading (a mailbox that does not exist is not
 * explained by the domain's MX records).
 */
export const CHECKS_FOLLOW_ADVICE: ReadonlySet<Reason> = new Set<Reason>(['userunknown', 'rejected', 'mailboxfull', 'suspend', 'hasmoved']);

/** Check steps that say the same as a reason's advice step (same source of truth), by advice key. */
const SAME_AS_ADVICE: Readonly<Record<string, string>> = {
  // Both come from knowledge/mailbox-providers.ts; the advice step carries the corrected address.
  'check.address.address.domain-typo': 'typo',
};

/** A step's draft with its id, its topic and where it came from. */
interface Candidate {
  step: PlanStep;
  topic: Topic | null;
}

/**
 * The steps of `ordered` once each: a check step that says what a reason's advice step already says
 * (SAME_AS_ADVICE) goes, and so does a step whose id or title came earlier (two checks can find the
 * same thing, e.g. the missing Spamhaus key for IP and domain lists: the same title says nothing new).
 */
function withoutRepeats(ordered: readonly Candidate[]): PlanStep[] {
  const adviceKeys = new Set(ordered.filter((cand) => cand.step.reason).map((cand) => cand.step.id.slice(cand.step.id.indexOf('.') + 1)));
  const seen = new Set<string>();
  const seenTitles = new Set<string>();
  const steps: PlanStep[] = [];
  for (const { step } of ordered) {
    const same = SAME_AS_ADVICE[step.id];
    if (same !== undefined && adviceKeys.has(same)) continue;
    if (seen.has(step.id) || seenTitles.has(step.title)) continue;
    seen.add(step.id);
    seenTitles.add(step.title);
    steps.push(step);
  }
  return steps;
}

function fromDraft(reason: Reason, d: StepDraft): Candidate {
  return {
    step: { id: `${reason}.${d.key}`, actor: d.actor, title: d.title, body: d.body, copyables: d.copyables ?? [], links: d.links ?? [], reason },
    topic: d.topic ?? null,
  };
}

function fromCheck(s: CheckStep): Candidate {
  return { step: { id: s.id, actor: s.actor, title: s.title, body: s.body, copyables: s.copyables, links: s.links, check: s.check }, topic: s.topic };
}

/**
 * A final (5xx) answer for a cause that usually passes: the reason's advice plus when a new send can
 * work (the plan's `retry` covers temporary failures only), unless the advice already says when.
 */
function withResendAfterFinal(drafts: StepDraft[], reason: Reason, ctx: AdviceContext): StepDraft[] {
  const resend = ctx.permanent ? RESEND_AFTER_FINAL[reason] : undefined;
  if (!resend || drafts.some((d) => d.key === 'resend-later' || d.key === 'retry-later')) return drafts;
  return [...drafts, { key: 'resend-later', ...resend }];
}

/** The steps grouped by who acts, each group in plan order (for views that split the checklist). */
export function stepsByActor(steps: PlanStep[]): Record<Actor, PlanStep[]> {
  const groups: Record<Actor, PlanStep[]> = { sender: [], 'sender-admin': [], recipient: [], 'recipient-admin': [] };
  for (const s of Array.isArray(steps) ? steps : []) groups[s.actor]?.push(s);
  return groups;
}

/** Reasons that report no failed delivery: never ranked first, never a reason to retry. */
const NOT_A_FAILURE: ReadonlySet<Reason> = new Set<Reason>(['delivered', 'vacation', 'feedback']);

/** The recipients worth planning for, failed ones first, in the order the bounce lists them. */
function plannedRecipients(c: Classification): RecipientDiagnosis[] {
  const list = Array.isArray(c.recipients) ? c.recipients : [];
  return [...list].sort((a, b) => rank(a) - rank(b));
}
function rank(r: RecipientDiagnosis): number {
  if (NOT_A_FAILURE.has(r.reason)) return 2;
  return r.permanent ? 0 : 1;
}

/** The reason for a message without recipients, from its kind. */
function kindReason(c: Classification): Reason {
  switch (c.kind) {
    case 'delivered': return 'delivered';
    case 'autoreply': return 'vacation';
    case 'feedback': return 'feedback';
    default: return 'undefined';
  }
}

/** Subjects settled by a check: passed (nothing to fix) or failed (its findings are the concrete steps). */
function settledTopics(checks: CheckResult[]): Set<Topic> {
  const settled = new Set<Topic>();
  for (const ch of checks) {
    if (ch.status === 'pass' || ch.status === 'fail' || ch.status === 'warning') settled.add(CHECK_TOPICS[ch.name]);
  }
  return settled;
}

/**
 * When the provider's catalog matched, its page for the code belongs on the plan: added to the first
 * step of the reason unless some step links it already.
 */
function linkProviderDocs(steps: PlanStep[], ctx: AdviceContext, reason: Reason): void {
  const p = ctx.provider;
  if (!p || steps.some((s) => s.links.some((l) => l.url === p.docsUrl))) return;
  const first = steps.find((s) => s.reason === reason) ?? steps[0];
  if (!first) return;
  const label = p.code ? `${p.name}: what ${p.code} means` : `${p.name}: delivery error reference`;
  first.links = [...first.links, { label, url: p.docsUrl }];
}

/**
 * Builds the plan. Never throws: unexpected shapes give fewer steps, not an exception; checks whose name
 * is not a known check are ignored; a step whose id or title came earlier appears once. `retry` is null
 * unless some recipient failed only for now (or the message is a delay notice).
 * With no failed recipient (auto-reply, delivery notice, abuse report, unreadable text) the plan says
 * what the message is and what, if anything, to do.
 */
export function buildPlan(classification: Classification, checks: CheckResult[]): Plan {
  // A missing classification (a caller's bug) plans like one without recipients.
  const c = classification ?? ({} as Classification);
  const allChecks = (Array.isArray(checks) ? checks : []).filter((ch) => ch && typeof ch === 'object' && ch.name in CHECK_TOPICS);
  const recipients = plannedRecipients(c);
  const primary = recipients[0] ?? null;
  const primaryReason: Reason = primary?.reason ?? kindReason(c);
  const primaryCtx = adviceContext(c, primary, primaryReason);

  const checkSteps = new Map<CheckName, CheckStep[]>();
  for (const ch of allChecks) checkSteps.set(ch.name, [...(checkSteps.get(ch.name) ?? []), ...stepsFromCheck(ch, primaryCtx)]);
  const settled = settledTopics(allChecks);
  const ordered: Candidate[] = [];
  const usedChecks = new Set<CheckName>();

  /** The check steps relevant to a reason, errors before warnings before "check by hand". */
  const relevantCheckSteps = (reason: Reason): Candidate[] => {
    const names = RELEVANT_CHECKS[reason] ?? [];
    const picked = names.flatMap((n) => (usedChecks.has(n) ? [] : (usedChecks.add(n), checkSteps.get(n) ?? [])));
    return picked.filter((s) => s.weight > 0).sort((a, b) => b.weight - a.weight).map(fromCheck)
      .concat(picked.filter((s) => s.weight === 0).map(fromCheck));
  };

  const seenReasons = new Set<Reason>();
  const planReason = (reason: Reason, ctx: AdviceContext) => {
    if (seenReasons.has(reason)) return;
    seenReasons.add(reason);
    const fromChecks = relevantCheckSteps(reason);
    const confirmed = fromChecks.filter((s) => byHandCheck(s.step) === null);
    const drafts = withResendAfterFinal(ADVICE[reason](ctx), reason, ctx).map((d) => fromDraft(reason, d));
    // Advice on a subject a check settled gives way to the check, unless that would leave the reason
    // with no step at all (e.g. the check passed now, yet the receiver says it failed then).
    const kept = drafts.filter((d) => d.topic === null || !settled.has(d.topic));
    const advice = kept.length > 0 || confirmed.length > 0 ? kept : drafts;
    const byHand = fromChecks.filter((s) => !confirmed.includes(s));
    // Greylisting is answered by waiting: the blocklist and PTR checks may add to it, never lead.
    if (CHECKS_FOLLOW_ADVICE.has(reason) || ctx.detail.greylisted) ordered.push(...advice, ...confirmed, ...byHand);
    else ordered.push(...confirmed, ...advice, ...byHand);
  };

  if (recipients.length === 0 && (c.kind === 'not-bounce' || c.kind === 'unreadable')) {
    ordered.push(fromDraft(primaryReason, PASTE_WHOLE_BOUNCE));
  } else if (recipients.length === 0) planReason(primaryReason, primaryCtx);
  for (const r of recipients) planReason(r.reason, r === primary ? primaryCtx : adviceContext(c, r, r.reason));

  // Remaining check steps, not tied to a reason: errors, then warnings, then "check by hand".
  const rest = [...checkSteps.entries()].filter(([n]) => !usedChecks.has(n)).flatMap(([, s]) => s);
  ordered.push(...rest.sort((a, b) => b.weight - a.weight).map(fromCheck));

  const steps = mergeByHandSteps(withoutRepeats(ordered), allChecks);
  // A likely typo in the address explains everything else (no such domain, no MX): it goes first.
  const typo = steps.findIndex((s) => s.id === `${primaryReason}.typo`);
  if (typo > 0) steps.unshift(...steps.splice(typo, 1));
  linkProviderDocs(steps, primaryCtx, primaryReason);

  const temporary = c.kind === 'delay' || recipients.some((r) => !r.permanent && !NOT_A_FAILURE.has(r.reason));
  const retryFor = recipients.find((r) => !r.permanent) ?? primary;
  const retry = temporary
    ? retryAdvice(retryFor?.reason ?? primaryReason, retryFor?.detail ?? {})
    : null;

  const headline = primary
    ? (primary.title || REASONS[primary.reason].title({ address: primary.address, domain: primaryCtx.domain }))
    : (c.summary || CHECK_TEXT.noRecipients);
  return { headline, retry, steps };
}
