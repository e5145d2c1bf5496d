import type { CheckResult } from '../check/types.ts';
import type { RecipientDiagnosis } from '../classify/types.ts';
import type { Plan } from '../remedy/types.ts';
import { answerLines, DEFAULT_MAX_ANSWER_LINES, inputsLine, recipientFacts, retryLine } from './facts.ts';
import { ACTOR_LABELS, CHECK_LABELS, KIND_LABELS, recipientName, SEVERITY_LABELS, STATUS_LABELS, TEXT } from './labels.ts';
import type { ReportInput, ReportOptions } from './types.ts';

function heading(text: string, underline: string): string[] {
  return [text, underline.repeat(Math.min(text.length, 72)), ''];
}

/** Indents every line of a multi-line value, so a record keeps its own line breaks. */
function indent(text: string, by: string): string {
  return text.split(/\r\n?|\n/).map((line) => `${by}${line}`).join('\n');
}

function recipientSection(recipient: RecipientDiagnosis): string[] {
  const lines = [`* ${recipientName(recipient.address)}: ${recipient.title}`];
  lines.push(`  ${recipient.permanent ? TEXT.permanent : TEXT.temporary}`);
  if (recipient.explanation) lines.push(indent(recipient.explanation, '  '));
  for (const [label, value] of recipientFacts(recipient)) lines.push(`  ${label}: ${value}`);
  lines.push('');
  return lines;
}

function checkSection(check: CheckResult, maxAnswerLines: number): string[] {
  const lines = [`[${STATUS_LABELS[check.status] ?? check.status}] ${CHECK_LABELS[check.name] ?? check.name}: ${check.summary}`];
  const inputs = inputsLine(check.inputs);
  if (inputs) lines.push(`  ${TEXT.inputs}: ${inputs}`);
  for (const finding of check.findings) {
    lines.push(`  - ${SEVERITY_LABELS[finding.severity] ?? 'Note'}: ${finding.message}`);
    if (finding.fix) lines.push(`    ${TEXT.fix}: ${finding.fix}`);
  }
  for (const query of check.queries) {
    const answered = query.resolver ? ` (${TEXT.answeredBy} ${query.resolver})` : '';
    lines.push(`  $ ${query.dig}${answered}`, ...answerLines(query, maxAnswerLines).map((line) => `    ${line}`));
  }
  lines.push('');
  return lines;
}

function planSection(plan: Plan, done: ReadonlySet<string>): string[] {
  const lines = [...heading(TEXT.plan, '-'), plan.headline, ''];
  if (plan.retry) lines.push(`${TEXT.retry}: ${retryLine(plan.retry)}`, '');
  if (plan.steps.length === 0) lines.push(TEXT.noSteps, '');
  plan.steps.forEach((step, index) => {
    lines.push(`${index + 1}. [${done.has(step.id) ? 'x' : ' '}] ${step.title} (${TEXT.who}: ${ACTOR_LABELS[step.actor] ?? step.actor})`);
    if (step.body) lines.push(indent(step.body, '   '));
    for (const copyable of step.copyables) lines.push(`   ${copyable.label}:`, indent(copyable.text, '       '));
    for (const link of step.links) lines.push(`   ${link.label}: ${link.url}`);
    lines.push('');
  });
  return lines;
}

/**
 * The diagnosis as plain text (for a ticket or an email that does not render Markdown): the same content
 * as diagnosisToMarkdown, laid out with indentation only.
 */
export function diagnosisToText(input: ReportInput, options: ReportOptions = {}): string {
  const { classification, checks, plan } = input;
  const maxAnswerLines = options.maxAnswerLines ?? DEFAULT_MAX_ANSWER_LINES;
  const lines = [...heading(TEXT.title, '=')];
  lines.push(plan?.headline ?? classification.summary, '');
  lines.push(`${KIND_LABELS[classification.kind] ?? classification.kind}. ${classification.summary}`, '');
  if (classification.recipients.length > 0) {
    lines.push(...heading(TEXT.recipients, '-'));
    for (const recipient of classification.recipients) lines.push(...recipientSection(recipient));
  }
  lines.push(...heading(TEXT.checks, '-'));
  if (checks.length === 0) lines.push(TEXT.noChecks, '');
  for (const check of checks) lines.push(...checkSection(check, maxAnswerLines));
  if (plan) lines.push(...planSection(plan, new Set(input.doneStepIds ?? [])));
  const warnings = classification.parsed?.warnings ?? [];
  if (warnings.length > 0) lines.push(...heading(TEXT.warnings, '-'), ...warnings.map((w) => `- ${w}`), '');
  if (input.shareUrl) lines.push(`${TEXT.link}: ${input.shareUrl}`, '');
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
