/**
 * The SPF check of a diagnosis: the record's health (every term of every reachable record, walked
 * without an IP) and, when the sending IP is known, check_host() for it. A failed DNS lookup makes the
 * check 'could-not-check' with the raw answers, never pass or fail.
 */
import type { Resolver } from '../../dns/types.ts';
import { toEvidence } from '../../dns/present.ts';
import type { CheckResult, CheckStatus, Finding, QueryEvidence } from '../types.ts';
import { checkHost } from './check-host.ts';
import { parseClientIp } from './client.ts';
import { canonicalDomain, isValidSpfDomain } from './domain.ts';
import { resultFinding, spfText, warningFinding } from './messages.ts';
import { collectQueries, matchedPath } from './tree.ts';
import type { CheckSpfInput, SpfCheckData, SpfEvaluation, SpfResult, SpfWarning } from './types.ts';

const STATUS_OF_RESULT: Record<SpfResult, CheckStatus> = {
  pass: 'pass',
  fail: 'fail',
  softfail: 'fail',
  neutral: 'warning',
  none: 'warning',
  permerror: 'fail',
  temperror: 'could-not-check',
};

/** Evidence of every lookup, each name/type once, in the order made. */
function evidenceOf(evaluations: SpfEvaluation[]): QueryEvidence[] {
  const seen = new Set<string>();
  const out: QueryEvidence[] = [];
  for (const evaluation of evaluations) {
    for (const query of collectQueries(evaluation.tree)) {
      const key = `${query.type} ${query.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(toEvidence(query.result));
    }
  }
  return out;
}

function uniqueWarnings(evaluations: SpfEvaluation[]): SpfWarning[] {
  const out: SpfWarning[] = [];
  for (const w of evaluations.flatMap((e) => e.warnings)) {
    if (!out.some((o) => o.code === w.code && o.domain === w.domain)) out.push(w);
  }
  return out;
}

/** Status from the record's health alone (no IP). */
function healthStatus(walk: SpfEvaluation, findings: Finding[]): CheckStatus {
  if (walk.result === 'temperror') return 'could-not-check';
  if (walk.result === 'none') return 'warning';
  if (walk.result === 'permerror' || findings.some((f) => f.severity === 'error')) return 'fail';
  return findings.some((f) => f.severity === 'warning') ? 'warning' : 'pass';
}

export async function checkSpf(resolver: Resolver, input: CheckSpfInput): Promise<CheckResult<SpfCheckData>> {
  const domain = canonicalDomain(input.domain);
  const inputs: Record<string, string> = { domain };
  if (input.ip) inputs.ip = input.ip;
  if (input.sender) inputs.sender = input.sender;
  if (input.helo) inputs.helo = input.helo;
  const sender = input.sender || `postmaster@${domain}`;
  const helo = input.helo || domain;

  if (!isValidSpfDomain(domain)) {
    return {
      name: 'spf', status: 'not-applicable', summary: spfText.invalidDomain(input.domain), inputs, queries: [],
      findings: [{ severity: 'info', code: 'spf.invalid-domain', message: spfText.invalidDomain(input.domain), fix: null }],
    };
  }

  const walk = await checkHost(resolver, { ip: '', domain, sender, helo }, { walkAll: true });
  const client = input.ip ? parseClientIp(input.ip) : null;
  const evaluation = client ? await checkHost(resolver, { ip: input.ip!, domain, sender, helo }) : undefined;
  const evaluations = evaluation ? [evaluation, walk] : [walk];
  const findings: Finding[] = [];
  if (input.ip && !client) findings.push({ severity: 'warning', code: 'spf.invalid-ip', message: spfText.invalidIp(input.ip), fix: null });

  let status: CheckStatus;
  let summary: string;
  if (evaluation) {
    const ip = client!.toString();
    const matched = matchedPath(evaluation.tree).filter((t) => t.kind === 'mechanism').map((t) => t.text).join(' → ');
    findings.push(resultFinding(evaluation.result, domain, ip, {
      ...(matched ? { matched } : {}),
      ...(evaluation.explanation ? { explanation: evaluation.explanation } : {}),
      ...(evaluation.reason ? { reason: evaluation.reason } : {}),
    }));
    status = STATUS_OF_RESULT[evaluation.result];
    summary = evaluation.result === 'none' || evaluation.result === 'permerror' || evaluation.result === 'temperror'
      ? spfText.summary[evaluation.result](domain)
      : spfText.summary[evaluation.result](ip, domain);
  } else {
    if (walk.result === 'none' || walk.result === 'permerror' || walk.result === 'temperror') {
      findings.push(resultFinding(walk.result, domain, '', walk.reason ? { reason: walk.reason } : {}));
    }
    status = 'pass';
    summary = '';
  }
  findings.push(...uniqueWarnings(evaluations).map(warningFinding));
  if (!evaluation) {
    status = healthStatus(walk, findings);
    summary = walk.result === 'none' || walk.result === 'permerror' || walk.result === 'temperror'
      ? spfText.summary[walk.result](domain)
      : status === 'pass' ? spfText.summary.healthy(domain, walk.lookups) : spfText.summary.unhealthy(domain);
  }

  return {
    name: 'spf',
    status,
    summary,
    inputs,
    queries: evidenceOf(evaluations),
    findings,
    data: { record: walk.tree.record, walk, ...(evaluation ? { evaluation } : {}) },
  };
}
