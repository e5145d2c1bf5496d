import type { CheckResult } from '../check/types.ts';
import type { RecipientDiagnosis } from '../classify/types.ts';
import type { Plan } from '../remedy/types.ts';
import { answerLines, DEFAULT_MAX_ANSWER_LINES, inputsLine, recipientFacts, retryLine } from './facts.ts';
import { ACTOR_LABELS, CHECK_LABELS, KIND_LABELS, recipientName, SEVERITY_LABELS, STATUS_LABELS, TEXT } from './labels.ts';
import { codeBlock, escapeInline as esc, escapeLine, inlineCode, safeLink } from './markdown-escape.ts';
import type { ReportInput, ReportOptions } from './types.ts';

function recipientSection(recipient: RecipientDiagnosis): string[] {
  const lines = [`### ${esc(recipientName(recipient.address))}: ${esc(recipient.title)}`, ''];
  lines.push(recipient.permanent ? TEXT.permanent : TEXT.temporary, '');
  if (recipient.explanation) lines.push(escapeLine(recipient.explanation), '');
  for (const [label, value] of recipientFacts(recipient)) lines.push(`- **${label}:** ${esc(value)}`);
  lines.push('');
  return lines;
}

function checkSection(check: CheckResult, maxAnswerLines: number): string[] {
  const lines = [`### ${CHECK_LABELS[check.name] ?? esc(check.name)}: ${STATUS_LABELS[check.status] ?? esc(check.status)}`, ''];
  lines.push(escapeLine(check.summary), '');
  const inputs = inputsLine(check.inputs);
  if (inputs) lines.push(`${TEXT.inputs}: ${esc(inputs)}`, '');
  for (const finding of check.findings) {
    lines.push(`- **${SEVERITY_LABELS[finding.severity] ?? 'Note'}:** ${esc(finding.message)}`);
    if (finding.fix) lines.push(`  ${TEXT.fix}: ${esc(finding.fix)}`);
  }
  if (check.findings.length > 0) lines.push('');
  for (const query of check.queries) {
    const answered = query.resolver ? ` (${TEXT.answeredBy} ${esc(query.resolver)})` : '';
    lines.push(`${TEXT.repeat} ${inlineCode(query.dig)}${answered}:`, '', codeBlock(answerLines(query, maxAnswerLines).join('\n')), '');
  }
  return lines;
}

function planSection(plan: Plan, done: ReadonlySet<string>): string[] {
  const lines = [`## ${TEXT.plan}`, '', `**${esc(plan.headline)}**`, ''];
  if (plan.retry) lines.push(`${TEXT.retry}: ${esc(retryLine(plan.retry))}`, '');
  if (plan.steps.length === 0) lines.push(TEXT.noSteps, '');
  plan.steps.forEach((step, index) => {
    lines.push(`${index + 1}. [${done.has(step.id) ? 'x' : ' '}] **${esc(step.title)}** (${TEXT.who}: ${ACTOR_LABELS[step.actor] ?? esc(step.actor)})`);
    if (step.body) lines.push(`   ${escapeLine(step.body)}`);
    for (const copyable of step.copyables) {
      lines.push('', `   ${esc(copyable.label)}:`, '', codeBlock(copyable.text).replace(/^/gm, '   '));
    }
    for (const link of step.links) lines.push(`   - ${safeLink(link.label, link.url)}`);
    lines.push('');
  });
  return lines;
}

/**
 * The diagnosis as Markdown for a ticket: headline, each recipient, each check with its evidence, and the
 * plan as a task list. Text from the bounce and from DNS is escaped (it is attacker-controlled), records
 * and commands go into code blocks, and only http(s) links become links.
 */
export function diagnosisToMarkdown(input: ReportInput, options: ReportOptions = {}): string {
  const { classification, checks, plan } = input;
  const maxAnswerLines = options.maxAnswerLines ?? DEFAULT_MAX_ANSWER_LINES;
  const lines = [`# ${TEXT.title}`, ''];
  lines.push(`**${esc(plan?.headline ?? classification.summary)}**`, '');
  lines.push(`${KIND_LABELS[classification.kind] ?? esc(classification.kind)}. ${esc(classification.summary)}`, '');
  if (classification.recipients.length > 0) {
    lines.push(`## ${TEXT.recipients}`, '');
    for (const recipient of classification.recipients) lines.push(...recipientSection(recipient));
  }
  lines.push(`## ${TEXT.checks}`, '');
  if (checks.length === 0) lines.push(TEXT.noChecks, '');
  else {
    lines.push('| Check | Status | Summary |', '| --- | --- | --- |');
    for (const check of checks) {
      lines.push(`| ${CHECK_LABELS[check.name] ?? esc(check.name)} | ${STATUS_LABELS[check.status] ?? esc(check.status)} | ${esc(check.summary)} |`);
    }
    lines.push('');
    for (const check of checks) lines.push(...checkSection(check, maxAnswerLines));
  }
  if (plan) lines.push(...planSection(plan, new Set(input.doneStepIds ?? [])));
  const warnings = classification.parsed?.warnings ?? [];
  if (warnings.length > 0) {
    lines.push(`## ${TEXT.warnings}`, '', ...warnings.map((w) => `- ${esc(w)}`), '');
  }
  if (input.shareUrl) lines.push(`${TEXT.link}: ${safeLink(TEXT.link, input.shareUrl)}`, '');
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
