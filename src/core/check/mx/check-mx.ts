/**
 * Where mail for a domain goes (RFC 5321 5.1, RFC 7505): MX records by preference, null MX, implicit MX,
 * no mail host, MX hosts that are aliases, IP addresses or do not resolve, and whether the server named in
 * the bounce is still one of them (stale MX). Never a false verdict: a failed lookup makes the answer
 * could-not-check unless another lookup already settles it.
 */
import { addressesIn } from '../../dns/answer-data.ts';
import type { DnsResult, Resolver } from '../../dns/types.ts';
import { toEvidence } from '../../dns/present.ts';
import type { CheckResult, CheckStatus, Finding } from '../types.ts';
import { checkDomainSyntax } from '../address/domain-syntax.ts';
import { describeDomainProblem } from '../address/domain-messages.ts';
import type { AnsweredByComparison, MailRouting, MxCheckInput, MxData, MxExchange } from './types.ts';
import { resolveExchange } from './resolve-exchange.ts';
import { compareAnsweredBy } from './compare-answered-by.ts';
import { isUnreachableAddress } from './ip-literal.ts';
import { MX_TEXT as T } from './messages.ts';

/** More distinct exchanges than any real domain publishes; bounds the lookups a hostile zone can cause. */
export const MAX_EXCHANGES = 20;

type MxResult = CheckResult<MxData>;

function isNullExchange(exchange: string): boolean {
  return exchange === '' || exchange === '.';
}

function finish(
  domain: string, input: MxCheckInput, status: CheckStatus, summary: string, results: DnsResult[],
  findings: Finding[], data: Omit<MxData, 'domain'>,
): MxResult {
  const inputs: Record<string, string> = { domain };
  if (typeof input?.answeredBy === 'string' && input.answeredBy) inputs.answeredBy = input.answeredBy;
  return { name: 'mx', status, summary, inputs, queries: results.map(toEvidence), findings, data: { domain, ...data } };
}

/** Adds the stale-MX finding (or a note) and returns the comparison. */
function judgeAnsweredBy(
  raw: string | null | undefined, domain: string, hosts: MxExchange[] | null, findings: Finding[],
): AnsweredByComparison | null {
  if (typeof raw !== 'string' || raw === '') return null;
  const comparison = compareAnsweredBy(raw, hosts);
  if (comparison === null || hosts === null) return comparison;
  if (comparison.match === 'not-current') {
    findings.push({ severity: 'warning', code: 'mx.stale', message: T.stale(comparison.host, domain, hosts), fix: T.staleFix(comparison.host) });
  } else if (comparison.match === 'same-organization') {
    findings.push({ severity: 'info', code: 'mx.answered-by-same-organization', message: T.sameOrganization(comparison.host, comparison.organizationalDomain ?? ''), fix: null });
  } else if (comparison.match === 'current-exchange') {
    findings.push({ severity: 'info', code: 'mx.answered-by-current', message: T.answeredByCurrent(comparison.host), fix: null });
  }
  return comparison;
}

async function checkImplicit(resolver: Resolver, domain: string, input: MxCheckInput, mxResult: DnsResult): Promise<MxResult> {
  const results = await Promise.all([resolver.query(domain, 'A'), resolver.query(domain, 'AAAA')]);
  const addresses = results.flatMap(addressesIn);
  const all = [mxResult, ...results];
  const findings: Finding[] = [];
  const base = { exchanges: [], nullMx: false, implicitAddresses: addresses };
  if (addresses.length > 0) {
    findings.push({ severity: 'warning', code: 'mx.implicit', message: T.implicit(domain, addresses), fix: T.implicitFix(domain) });
    const self: MxExchange = {
      preference: 0, host: domain, state: 'resolves', addresses, cnameChain: [],
      unreachableAddresses: addresses.filter(isUnreachableAddress),
    };
    const answeredBy = judgeAnsweredBy(input.answeredBy, domain, [self], findings);
    return finish(domain, input, 'warning', T.implicitSummary(domain), all, findings, { ...base, routing: 'implicit', answeredBy });
  }
  const failed = results.find((r) => r.status === 'error');
  if (failed && failed.status === 'error') {
    findings.push({ severity: 'error', code: 'mx.lookup-failed', message: T.implicitFailed(domain), fix: T.lookupFailedFix });
    const answeredBy = judgeAnsweredBy(input.answeredBy, domain, null, findings);
    return finish(domain, input, 'could-not-check', T.lookupFailedSummary(domain), all, findings, { ...base, routing: 'unknown', answeredBy });
  }
  findings.push({ severity: 'error', code: 'mx.no-mail-host', message: T.noMailHost(domain), fix: T.noMailHostFix(domain) });
  const answeredBy = judgeAnsweredBy(input.answeredBy, domain, null, findings);
  return finish(domain, input, 'fail', T.noMailHostSummary(domain), all, findings, { ...base, routing: 'none', answeredBy });
}

/**
 * Findings about one exchange. `blocking`: no exchange is usable and none is unknown, so these problems
 * fail the check (errors). `decisive`: no exchange is usable, so a failed lookup decides the status.
 */
function exchangeFindings(domain: string, e: MxExchange, blocking: boolean, decisive: boolean): Finding[] {
  const severity = blocking ? 'error' : 'warning';
  const out: Finding[] = [];
  if (e.state === 'ip-literal') out.push({ severity, code: 'mx.ip-literal', message: T.ipLiteral(e), fix: T.ipLiteralFix(domain, e) });
  if (e.state === 'no-address') out.push({ severity, code: 'mx.exchange-no-address', message: T.noAddress(e), fix: T.noAddressFix(e) });
  if (e.state === 'could-not-check') out.push({ severity: decisive ? 'warning' : 'info', code: 'mx.exchange-lookup-failed', message: T.exchangeFailed(e), fix: null });
  if (e.cnameChain.length > 0) out.push({ severity: 'warning', code: 'mx.cname', message: T.cname(e), fix: T.cnameFix(e) });
  if (e.unreachableAddresses.length > 0) out.push({ severity, code: 'mx.unreachable-address', message: T.unreachable(e), fix: T.unreachableFix(e) });
  return out;
}

function isUsable(e: MxExchange): boolean {
  return e.state === 'resolves' && e.addresses.length > e.unreachableAddresses.length;
}

export async function checkMx(resolver: Resolver, input: MxCheckInput): Promise<MxResult> {
  const domain = String(input?.domain ?? '').trim().toLowerCase().replace(/\.$/, '');
  const empty = { routing: 'unknown' as MailRouting, exchanges: [], nullMx: false, implicitAddresses: [], answeredBy: null };
  const syntax = checkDomainSyntax(domain);
  if (syntax.problems.length > 0 || syntax.singleLabel) {
    const why = syntax.problems[0] ? describeDomainProblem(syntax.problems[0]) : 'it has no dot (not an internet domain)';
    const finding: Finding = { severity: 'error', code: 'mx.bad-domain', message: T.badDomain(domain, why), fix: T.badDomainFix };
    return finish(domain, input, 'not-applicable', T.badDomainSummary(domain), [], [finding], empty);
  }
  const name = syntax.ascii;
  const mxResult = await resolver.query(name, 'MX');

  if (mxResult.status === 'error') {
    const findings: Finding[] = [{ severity: 'error', code: 'mx.lookup-failed', message: T.lookupFailed(name, mxResult.error), fix: T.lookupFailedFix }];
    const answeredBy = judgeAnsweredBy(input.answeredBy, name, null, findings);
    return finish(name, input, 'could-not-check', T.lookupFailedSummary(name), [mxResult], findings, { ...empty, answeredBy });
  }
  if (mxResult.status === 'nxdomain') {
    const findings: Finding[] = [{ severity: 'error', code: 'mx.domain-not-found', message: T.nxdomain(name), fix: T.nxdomainFix(name) }];
    const answeredBy = judgeAnsweredBy(input.answeredBy, name, null, findings);
    return finish(name, input, 'fail', T.nxdomainSummary(name), [mxResult], findings, { ...empty, routing: 'nxdomain', answeredBy });
  }
  if (mxResult.status === 'nodata') return checkImplicit(resolver, name, input, mxResult);

  const mxRecords = mxResult.records.flatMap((r) => (r.type === 'MX' ? [r] : []));
  const nullMx = mxRecords.some((r) => isNullExchange(r.exchange));
  const real = mxRecords.filter((r) => !isNullExchange(r.exchange));
  if (real.length === 0 && nullMx) {
    const findings: Finding[] = [{ severity: 'error', code: 'mx.null-mx', message: T.nullMx(name), fix: T.nullMxFix }];
    const answeredBy = judgeAnsweredBy(input.answeredBy, name, null, findings);
    return finish(name, input, 'fail', T.nullMxSummary(name), [mxResult], findings, { ...empty, routing: 'null-mx', nullMx, answeredBy });
  }
  if (real.length === 0) {
    // An "ok" answer without MX records should not happen; treat it as a broken answer, not as "no mail".
    const findings: Finding[] = [{ severity: 'error', code: 'mx.lookup-failed', message: T.noMxInAnswer(name), fix: T.lookupFailedFix }];
    return finish(name, input, 'could-not-check', T.lookupFailedSummary(name), [mxResult], findings, empty);
  }

  const findings: Finding[] = [];
  if (nullMx) findings.push({ severity: 'warning', code: 'mx.null-mx-mixed', message: T.nullMxMixed(name), fix: T.nullMxMixedFix });

  const sorted = [...real].sort((a, b) => a.preference - b.preference || a.exchange.localeCompare(b.exchange));
  const seen = new Set<string>();
  const unique = sorted.filter((r) => (seen.has(r.exchange) ? false : (seen.add(r.exchange), true))).slice(0, MAX_EXCHANGES);
  const resolved = await Promise.all(unique.map((r) => resolveExchange(resolver, r.preference, r.exchange)));
  const exchanges = resolved.map((r) => r.exchange);
  const results = [mxResult, ...resolved.flatMap((r) => r.results)];

  const usable = exchanges.filter(isUsable);
  const anyUnknown = exchanges.some((e) => e.state === 'could-not-check');
  const blocking = usable.length === 0 && !anyUnknown;
  for (const e of exchanges) findings.push(...exchangeFindings(name, e, blocking, usable.length === 0));
  const answeredBy = judgeAnsweredBy(input.answeredBy, name, exchanges, findings);

  const data = { routing: 'mx' as const, exchanges, nullMx, implicitAddresses: [], answeredBy };
  if (usable.length === 0 && anyUnknown) {
    return finish(name, input, 'could-not-check', T.unknownExchangesSummary(name), results, findings, data);
  }
  if (usable.length === 0) {
    findings.push({ severity: 'error', code: 'mx.no-usable-exchange', message: T.noUsableExchange(name), fix: T.noUsableExchangeFix(name) });
    return finish(name, input, 'fail', T.noUsableSummary(name), results, findings, data);
  }
  const warned = findings.some((f) => f.severity !== 'info');
  return finish(name, input, warned ? 'warning' : 'pass', warned ? T.warningSummary(name, exchanges) : T.passSummary(name, exchanges), results, findings, data);
}
