/**
 * DKIM check (RFC 6376, RFC 8301, RFC 8463): looks up every selector's key in parallel and judges it.
 * Selectors come from the bounced message's DKIM-Signature headers; guesses (common selector names) only
 * count when a key is found: a guess with no key is not a failure.
 */
import { toEvidence } from '../../dns/present.ts';
import type { Resolver } from '../../dns/types.ts';
import type { CheckResult, CheckStatus, Finding } from '../types.ts';
import { evaluateSelector, selectorName } from './evaluate-selector.ts';
import { dkimText } from './messages.ts';
import { isAskable } from './selectors.ts';
import type { CheckDkimInput, DkimData, DkimSelectorInput, DkimSelectorReport } from './types.ts';

export type * from './types.ts';
export { COMMON_SELECTORS, guessedSelectors, selectorsFor } from './selectors.ts';
export { evaluateSelector } from './evaluate-selector.ts';
export { parseDkimKeyRecord } from './key-record.ts';
export { readPublicKey } from './key-strength.ts';

/** The inputs shown on the card: the domain(s), the selector(s), and whether they are guesses. */
export function dkimInputs(selectors: DkimSelectorInput[]): Record<string, string> {
  const inputs: Record<string, string> = {
    domain: [...new Set(selectors.map((s) => s.domain))].join(', '),
    selector: selectors.map((s) => s.selector).join(', '),
  };
  if (selectors.length > 0 && selectors.every((s) => s.guessed)) inputs.guessed = 'common selectors tried as guesses';
  return inputs;
}

/** Worst first: a known failure outranks an unknown, which outranks a known weakness. */
function combine(statuses: CheckStatus[]): CheckStatus {
  for (const s of ['fail', 'could-not-check', 'warning', 'pass'] as const) if (statuses.includes(s)) return s;
  return 'not-applicable';
}

function describe(report: DkimSelectorReport): string {
  const where = `${report.selector}._domainkey.${report.domain}`;
  if (report.status === 'could-not-check') return `could not look up ${where}`;
  if (report.revoked) return `key revoked at ${where}`;
  if (report.record === null) return `no key at ${where}`;
  if (report.bits !== null) {
    const kind = report.keyType === 'ed25519' ? 'Ed25519' : `${report.bits}-bit RSA`;
    const test = report.testing ? ' (testing flag)' : '';
    return `${kind} key at ${where}${test}`;
  }
  return `broken key record at ${where}`;
}

/**
 * A guess that finds a key says nothing about whether mail is signed with it: a revoked one is most likely
 * retired (not found, in effect), and other problems are warnings, never failures.
 */
function softenGuess(report: DkimSelectorReport): DkimSelectorReport {
  if (!report.guessed || report.status === 'not-applicable' || report.status === 'could-not-check') return report;
  if (report.revoked) {
    const words = dkimText.guessRevoked(report.name);
    return { ...report, status: 'not-applicable', findings: [{ severity: 'info', code: 'dkim.guess-revoked', message: words.message, fix: words.fix }] };
  }
  if (report.status !== 'fail') return report;
  const words = dkimText.guessProblem(report.selector);
  return {
    ...report, status: 'warning',
    findings: [
      { severity: 'info', code: 'dkim.guessed-selector', message: words.message, fix: words.fix },
      ...report.findings.map((f) => (f.severity === 'error' ? { ...f, severity: 'warning' as const } : f)),
    ],
  };
}

function summarize(relevant: DkimSelectorReport[], status: CheckStatus): string {
  if (relevant.length === 1) return `DKIM: ${describe(relevant[0]!)}`;
  const counts = new Map<CheckStatus, number>();
  for (const r of relevant) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const parts = [...counts].map(([s, n]) => `${n} ${s}`);
  return `DKIM: ${relevant.length} selectors checked (${parts.join(', ')}); overall ${status}`;
}

export async function checkDkim(resolver: Resolver, input: CheckDkimInput): Promise<CheckResult<DkimData>> {
  // A selector or domain that is not a host name (spaces, empty labels) would be a nonsense query.
  const selectors = input.selectors.filter(isAskable);
  const inputs = dkimInputs(selectors);
  if (selectors.length === 0) {
    const words = dkimText.noSelectors();
    return {
      name: 'dkim', status: 'not-applicable', summary: 'DKIM: nothing to check', inputs, queries: [],
      findings: [{ severity: 'info', code: 'dkim.nothing-to-check', message: words.message, fix: words.fix }],
      data: { selectors: [] },
    };
  }
  const answers = await Promise.all(selectors.map((s) => resolver.query(selectorName(s), 'TXT')));
  const reports = selectors.map((s, i) => softenGuess(evaluateSelector(s, answers[i]!)));
  const queries = answers.map(toEvidence);

  const signed = reports.filter((r) => !r.guessed);
  const guessesFound = reports.filter((r) => r.guessed && r.status !== 'not-applicable' && r.status !== 'could-not-check');
  const relevant = signed.length > 0 ? signed : guessesFound;

  if (relevant.length === 0) {
    // Only guesses, none with a key: DKIM itself is unknown, not failed.
    const failed = reports.filter((r) => r.status === 'could-not-check');
    const findings: Finding[] = failed.flatMap((r) => r.findings);
    const words = dkimText.noneOfGuessesFound(selectors[0]!.domain, reports.length);
    findings.push({ severity: 'info', code: 'dkim.selector-unknown', message: words.message, fix: words.fix });
    return {
      name: 'dkim', status: 'could-not-check',
      summary: `DKIM: no signature in the bounce and no key under ${reports.length} common selectors`,
      inputs, queries, findings, data: { selectors: reports },
    };
  }
  const status = combine(relevant.map((r) => r.status));
  return {
    name: 'dkim', status, summary: summarize(relevant, status), inputs, queries,
    findings: relevant.flatMap((r) => r.findings), data: { selectors: reports },
  };
}
