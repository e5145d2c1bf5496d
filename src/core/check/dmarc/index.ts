/**
 * DMARC check: finds the policy that applies to the From domain (RFC 9989 tree walk), validates every tag,
 * shows the policy for the domain and its subdomains, judges the alignment of the bounced message's DKIM
 * and SPF identities with From, and verifies external report destinations.
 */
import { toEvidence } from '../../dns/present.ts';
import type { DnsResult, Resolver } from '../../dns/types.ts';
import type { CheckResult, CheckStatus, Finding, QueryEvidence } from '../types.ts';
import { alignmentOf, normalizeDomain, organizationalDomain, readAuthResults } from './alignment.ts';
import { dmarcText, type Wording } from './messages.ts';
import { parseDmarcRecord } from './parse.ts';
import { checkReportDestinations } from './report-auth.ts';
import type { CheckDmarcInput, DmarcAlignmentEntry, DmarcData, DmarcPolicy, ParsedDmarcRecord } from './types.ts';
import { discoverPolicy } from './walk.ts';

export type * from './types.ts';
export { isDmarcRecord, parseDmarcRecord } from './parse.ts';
export { discoverPolicy, walkTargets, MAX_WALK_QUERIES } from './walk.ts';
export { organizationalDomain, alignmentOf, normalizeDomain } from './alignment.ts';
export { suggestedRecord } from './messages.ts';

/** A domain name as the check accepts it: dotted labels, bounded length. */
export const DOMAIN_SHAPE = /^(?=.{1,253}$)[a-z0-9_][a-z0-9_-]{0,62}(?:\.[a-z0-9_][a-z0-9_-]{0,62})+$/;
/** The bounce may quote many signatures; a handful is enough to judge alignment. */
const MAX_DKIM_DOMAINS = 8;

function finding(severity: Finding['severity'], code: string, words: Wording): Finding {
  return { severity, code, message: words.message, fix: words.fix };
}

/** t=y: receivers apply one step less (RFC 9989 4.7). */
function soften(p: DmarcPolicy): DmarcPolicy {
  return p === 'reject' ? 'quarantine' : 'none';
}

function statusOf(findings: Finding[], lookupFailed: boolean): CheckStatus {
  if (findings.some((f) => f.severity === 'error')) return 'fail';
  if (lookupFailed) return 'could-not-check';
  if (findings.some((f) => f.severity === 'warning')) return 'warning';
  return 'pass';
}

function emptyData(fromDomain: string): DmarcData {
  return {
    fromDomain, orgDomain: organizationalDomain(fromDomain), policyDomain: null, source: null, record: null,
    parsed: null, walk: [], domainPolicy: null, subdomainPolicy: null, nonexistentPolicy: null,
    appliedPolicy: null, effectivePolicy: null, fromDomainExists: null, alignment: [], anyAligned: null,
    reportDestinations: [],
  };
}

function existsFrom(answer: DnsResult): boolean | null {
  if (answer.status === 'nxdomain') return false;
  if (answer.status === 'error') return null;
  return true;
}

function recordFindings(domain: string, parsed: ParsedDmarcRecord): Finding[] {
  return parsed.issues.map((i) => {
    const words = dmarcText.recordIssue(domain, i.detail);
    const fix = i.code === 'dmarc.invalid-value' && i.tag ? dmarcText.invalidValueFix(i.tag) : words.fix;
    return { severity: i.severity, code: i.code, message: words.message, fix };
  });
}

function alignmentFindings(
  fromDomain: string,
  entries: DmarcAlignmentEntry[],
  effective: DmarcPolicy,
  parsed: ParsedDmarcRecord,
): { findings: Finding[]; anyAligned: boolean | null } {
  if (entries.length === 0) return { findings: [], anyAligned: null };
  const findings: Finding[] = [];
  const label = (e: DmarcAlignmentEntry) => (e.method === 'dkim' ? `DKIM d=${e.domain}` : `SPF (Return-Path) ${e.domain}`);
  for (const e of entries) {
    if (e.relaxed && !e.strict && !e.aligned) {
      findings.push(finding('warning', 'dmarc.strict-alignment', dmarcText.strictMismatch(e.method === 'dkim' ? 'DKIM' : 'SPF', e.domain, fromDomain)));
    }
  }
  const aligned = entries.filter((e) => e.aligned);
  const alignedNotFailed = aligned.filter((e) => e.authenticated !== false);
  if (alignedNotFailed.length > 0) {
    findings.push(finding('info', 'dmarc.aligned', dmarcText.aligned(fromDomain, alignedNotFailed.map(label))));
    return { findings, anyAligned: true };
  }
  if (aligned.length > 0) {
    findings.push(finding('warning', 'dmarc.aligned-but-failed', dmarcText.alignedButFailed(fromDomain, aligned.map(label))));
  } else {
    const details = entries.map((e) => `${label(e)} is ${e.relaxed ? 'only relaxed-aligned' : 'another domain'}`);
    findings.push(finding(effective === 'none' ? 'warning' : 'error', 'dmarc.not-aligned', dmarcText.notAligned(fromDomain, details, parsed.adkim === 's', parsed.aspf === 's')));
  }
  if (effective !== 'none') {
    findings.push(finding(effective === 'reject' ? 'error' : 'warning', 'dmarc.rejects-own-mail', dmarcText.rejectsOwnMail(fromDomain, effective)));
  }
  return { findings, anyAligned: aligned.length > 0 };
}

export async function checkDmarc(resolver: Resolver, input: CheckDmarcInput): Promise<CheckResult<DmarcData>> {
  const fromDomain = normalizeDomain(input.fromDomain ?? '');
  const dkimDomains = [...new Set((input.dkimDomains ?? []).map(normalizeDomain).filter((d) => DOMAIN_SHAPE.test(d)))].slice(0, MAX_DKIM_DOMAINS);
  const spfDomain = input.spfDomain ? normalizeDomain(input.spfDomain) : null;
  const inputs: Record<string, string> = { domain: fromDomain };
  if (dkimDomains.length > 0) inputs.dkimDomains = dkimDomains.join(', ');
  if (spfDomain) inputs.spfDomain = spfDomain;
  const data = emptyData(fromDomain);

  if (!DOMAIN_SHAPE.test(fromDomain)) {
    return {
      name: 'dmarc', status: 'not-applicable', summary: 'DMARC: no sender domain to check', inputs, queries: [],
      findings: [], data,
    };
  }
  // Whether From exists only matters for np= on an inherited policy; asked at once so it never adds a round trip.
  const existence = resolver.query(fromDomain, 'A');
  const discovery = await discoverPolicy(resolver, fromDomain);
  const queries: QueryEvidence[] = discovery.answers.map(toEvidence);
  data.walk = discovery.steps;

  if (!discovery.ok) {
    const failed = discovery.failed;
    const why = failed.status === 'error' ? failed.error.message : failed.status;
    return {
      name: 'dmarc', status: 'could-not-check', summary: `DMARC: could not look up _dmarc.${discovery.steps.at(-1)?.domain ?? fromDomain}`,
      inputs, queries, findings: [finding('warning', 'dmarc.lookup-failed', dmarcText.lookupFailed(failed.name, why))], data,
    };
  }
  const findings: Finding[] = discovery.steps
    .filter((s) => s.outcome === 'multiple')
    .map((s) => finding('error', 'dmarc.multiple-records', dmarcText.multipleRecords(s.domain, s.records.length)));
  const found = discovery.found;
  if (!found) {
    if (findings.length === 0) findings.push(finding('error', 'dmarc.no-record', dmarcText.noRecord(fromDomain, data.orgDomain)));
    const summary = findings[0]!.code === 'dmarc.no-record'
      ? `DMARC: no record for ${fromDomain}`
      : `DMARC: several records at _dmarc.${discovery.steps.find((s) => s.outcome === 'multiple')?.domain}, all invalid`;
    return { name: 'dmarc', status: 'fail', summary, inputs, queries, findings, data };
  }

  const parsed = parseDmarcRecord(found.text);
  Object.assign(data, { policyDomain: found.domain, source: found.source, record: found.text, parsed });
  findings.push(...recordFindings(found.domain, parsed));
  // Started now so that it overlaps the existence lookup below rather than following it.
  const reportsPending = checkReportDestinations(resolver, found.domain, parsed.reportUris);

  const p: DmarcPolicy = parsed.p ?? 'none';
  const sp: DmarcPolicy = parsed.sp ?? p;
  const np: DmarcPolicy = parsed.np ?? sp;
  data.domainPolicy = p;
  data.subdomainPolicy = sp;
  data.nonexistentPolicy = np;
  let applied = p;
  if (found.source !== 'domain') {
    const existAnswer = await existence;
    queries.push(toEvidence(existAnswer));
    data.fromDomainExists = existsFrom(existAnswer);
    applied = data.fromDomainExists === false ? np : sp;
    if (data.fromDomainExists === null && np !== sp) {
      findings.push(finding('info', 'dmarc.existence-unknown', dmarcText.existenceUnknown(fromDomain, sp, np)));
    }
    findings.push(finding('info', 'dmarc.inherited', dmarcText.inherited(fromDomain, found.domain, found.source, applied)));
  }
  data.appliedPolicy = applied;
  const effective = parsed.testing ? soften(applied) : applied;
  data.effectivePolicy = effective;
  findings.push(finding('info', 'dmarc.policies', dmarcText.policies(found.domain, p, sp, np)));

  const verdicts = readAuthResults(input.authResults ?? []);
  const alignment = [
    ...dkimDomains.map((d) => alignmentOf('dkim', d, fromDomain, parsed.adkim, verdicts)),
    ...(spfDomain && DOMAIN_SHAPE.test(spfDomain) ? [alignmentOf('spf', spfDomain, fromDomain, parsed.aspf, verdicts)] : []),
  ];
  data.alignment = alignment;
  /** The findings that depend on which policy applies, for `policy` (the one applied, or the other candidate). */
  const dependingOn = (policy: DmarcPolicy) => {
    const soft = parsed.testing ? soften(policy) : policy;
    const head: Finding[] = [];
    if (policy === 'none') head.push(finding('warning', 'dmarc.policy-none', dmarcText.policyNone(fromDomain)));
    if (parsed.testing) head.push(finding('warning', 'dmarc.testing', dmarcText.testing(found.domain, policy, soft)));
    return { head, alignment: alignmentFindings(fromDomain, alignment, soft, parsed) };
  };
  const chosen = dependingOn(applied);
  findings.push(...chosen.head);
  if (parsed.pct !== null && parsed.pct < 100) findings.push(finding('warning', 'dmarc.pct-partial', dmarcText.pctPartial(found.domain, parsed.pct)));
  if (!parsed.reportUris.some((u) => u.tag === 'rua')) findings.push(finding('warning', 'dmarc.no-rua', dmarcText.noRua(found.domain)));
  const aligned = chosen.alignment;
  data.anyAligned = aligned.anyAligned;
  findings.push(...aligned.findings);

  const reports = await reportsPending;
  data.reportDestinations = reports.destinations;
  queries.push(...reports.answers.map(toEvidence));
  let lookupFailed = false;
  for (const d of reports.destinations) {
    const who = d.uri.replace(/^mailto:/i, '');
    if (d.authorization === 'missing') findings.push(finding('warning', 'dmarc.report-unauthorized', dmarcText.reportUnauthorized(found.domain, who, d.authorizationName!)));
    else if (d.authorization === 'authorized') findings.push(finding('info', 'dmarc.report-authorized', dmarcText.reportAuthorized(who)));
    else if (d.authorization === 'error') {
      lookupFailed = true;
      const answer = reports.answers.find((a) => a.name === d.authorizationName);
      const why = answer?.status === 'error' ? answer.error.message : 'no answer';
      findings.push(finding('warning', 'dmarc.report-auth-failed', dmarcText.reportAuthFailed(d.authorizationName!, why)));
    }
  }

  let status = statusOf(findings, lookupFailed);
  // The existence lookup failed and sp= and np= differ: the policy applied is a guess (sp=). Where np= would
  // give another verdict, only the findings that hold either way may decide it: never a guessed pass/fail.
  if (data.fromDomainExists === null && np !== sp) {
    const guessed = new Set([...chosen.head, ...aligned.findings]);
    const either = findings.filter((f) => !guessed.has(f));
    const other = dependingOn(np);
    if (statusOf([...either, ...other.head, ...other.alignment.findings], lookupFailed) !== status) {
      status = statusOf(either, true);
      if (status === 'could-not-check') {
        return { name: 'dmarc', status, summary: `DMARC: could not tell whether ${fromDomain} exists, so whether sp=${sp} or np=${np} applies`, inputs, queries, findings, data };
      }
    }
  }
  const where = found.source === 'domain' ? '' : ` (inherited from ${found.domain})`;
  const summary = `DMARC: p=${applied}${parsed.testing ? ' in testing mode' : ''} for ${fromDomain}${where}`
    + (aligned.anyAligned === false ? '; the bounced message is not aligned' : '');
  return { name: 'dmarc', status, summary, inputs, queries, findings, data };
}
