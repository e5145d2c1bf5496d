/**
 * How `diagnose` and `check` print check results: a readable report by default, or data for `--json`.
 * Words shown to people live here; the checks' own summaries and findings come from the core.
 */
import type { CheckResult, CheckStatus, QueryEvidence } from '../core/check/types.ts';
import { CHECK_LABELS, STATUS_LABELS } from '../core/report/index.ts';

/** Lookups listed per check in the readable report: the DKIM guesses alone are 11; --json has them all. */
const MAX_QUERIES_SHOWN = 6;

/** Longest answer line printed in the readable report (a 2048-bit DKIM key is ~400 characters). */
const MAX_ANSWER_LINE = 160;

function clip(line: string): string {
  return line.length > MAX_ANSWER_LINE ? `${line.slice(0, MAX_ANSWER_LINE - 1)}…` : line;
}

function formatQuery(q: QueryEvidence): string[] {
  const head = `      $ ${q.dig}    # ${q.outcome}${q.resolver ? ` via ${q.resolver}` : ''}`;
  return [head, ...q.answer.map((a) => `        ${clip(a)}`)];
}

/** One check as a few indented lines: status and summary, inputs, findings with fixes, then the queries. */
export function formatCheck(result: CheckResult, opts: { queries: boolean }): string {
  const lines = [`[${STATUS_LABELS[result.status] ?? result.status}] ${CHECK_LABELS[result.name] ?? result.name}: ${result.summary}`];
  const inputs = Object.entries(result.inputs).filter(([, v]) => v !== '');
  if (inputs.length > 0) lines.push(`      for ${inputs.map(([k, v]) => `${k}=${v}`).join(', ')}`);
  for (const f of result.findings) {
    lines.push(`    - ${f.severity}: ${f.message}`);
    if (f.fix) lines.push(`      fix: ${f.fix}`);
  }
  if (opts.queries) {
    for (const q of result.queries.slice(0, MAX_QUERIES_SHOWN)) lines.push(...formatQuery(q));
    const more = result.queries.length - MAX_QUERIES_SHOWN;
    if (more > 0) lines.push(`      (${more} more lookup${more === 1 ? '' : 's'}; --json lists them all)`);
  }
  return lines.join('\n');
}

/** Exit code: 1 when any check failed (a script should stop), else 0. could-not-check is not a failure. */
export function exitCodeFor(results: CheckResult[]): number {
  return results.some((r) => r.status === 'fail') ? 1 : 0;
}

/** Status counts, e.g. "6 checks: 3 pass, 1 warning, 1 fail, 1 could-not-check". */
export function statusTally(results: CheckResult[]): string {
  const counts = new Map<CheckStatus, number>();
  for (const r of results) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const order: CheckStatus[] = ['pass', 'warning', 'fail', 'could-not-check', 'not-applicable'];
  const parts = order.filter((s) => counts.has(s)).map((s) => `${counts.get(s)} ${s}`);
  return `${results.length} check${results.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
}
