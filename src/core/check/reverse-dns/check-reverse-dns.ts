/**
 * Reverse DNS of the sending IP: a PTR record exists, and its name resolves back to the same IP
 * (forward-confirmed reverse DNS, the Gmail 550 5.7.25 case), plus a warning for generic-looking names.
 * Never a false verdict: when the PTR lookup, or every forward lookup that could confirm it, failed,
 * the result is could-not-check.
 */
import { addressesIn } from '../../dns/answer-data.ts';
import type { DnsResult, Resolver } from '../../dns/types.ts';
import { toEvidence } from '../../dns/present.ts';
import type { CheckResult, CheckStatus, Finding } from '../types.ts';
import { sameAddress } from '../mx/ip-literal.ts';
import { genericReasons } from './generic-name.ts';
import { parseIp } from './reverse-name.ts';
import { RDNS_TEXT as T } from './messages.ts';
import type { ForwardState, PtrName, ReverseDnsCheckInput, ReverseDnsData } from './types.ts';

/** More PTR names than any real IP has; bounds the forward lookups a hostile reverse zone can cause. */
export const MAX_PTR_NAMES = 10;

/** Ranges that are never a sender's public address (the documentation ranges count as public for tests). */
const NON_PUBLIC_RANGES = new Set(['private', 'loopback', 'linkLocal', 'uniqueLocal', 'unspecified', 'carrierGradeNat', 'multicast', 'broadcast']);

type RdnsResult = CheckResult<ReverseDnsData>;

function forwardState(result: DnsResult, ip: string): { forward: ForwardState; addresses: string[] } {
  if (result.status === 'error') return { forward: 'could-not-check', addresses: [] };
  if (result.status !== 'ok') return { forward: 'no-address', addresses: [] };
  const addresses = addressesIn(result);
  if (addresses.length === 0) return { forward: 'no-address', addresses };
  return { forward: addresses.some((a) => sameAddress(a, ip)) ? 'confirmed' : 'mismatch', addresses };
}

export async function checkReverseDns(resolver: Resolver, input: ReverseDnsCheckInput): Promise<RdnsResult> {
  const inputs = { ip: String(input?.ip ?? '') };
  const ip = parseIp(inputs.ip);
  const finish = (status: CheckStatus, summary: string, results: DnsResult[], findings: Finding[], data: ReverseDnsData): RdnsResult =>
    ({ name: 'reverse-dns', status, summary, inputs, queries: results.map(toEvidence), findings, data });

  if (!ip.ok) {
    const data: ReverseDnsData = { ip: '', version: null, ptrQuery: '', names: [], forwardConfirmed: null };
    return finish('not-applicable', T.badIpSummary, [], [{ severity: 'error', code: 'reverse-dns.bad-ip', message: T.badIp(inputs.ip), fix: null }], data);
  }
  const findings: Finding[] = [];
  if (NON_PUBLIC_RANGES.has(ip.range)) {
    findings.push({ severity: 'info', code: 'reverse-dns.non-public-ip', message: T.nonPublic(ip.address, ip.range), fix: null });
  }
  const data: ReverseDnsData = { ip: ip.address, version: ip.version, ptrQuery: ip.ptrName, names: [], forwardConfirmed: null };
  const ptr = await resolver.query(ip.ptrName, 'PTR');

  if (ptr.status === 'error') {
    findings.push({ severity: 'error', code: 'reverse-dns.lookup-failed', message: T.lookupFailed(ip.address, ip.ptrName, `${ptr.error.kind}: ${ptr.error.message}`), fix: T.lookupFailedFix });
    return finish('could-not-check', T.lookupFailedSummary(ip.address), [ptr], findings, data);
  }
  const targets = ptr.status === 'ok'
    ? [...new Set(ptr.records.flatMap((r) => (r.type === 'PTR' ? [r.target] : [])))].filter((t) => t !== '')
    : [];
  if (targets.length === 0 && ptr.status === 'ok') {
    // An "ok" answer without a PTR record is a broken answer, not proof that there is none.
    findings.push({ severity: 'error', code: 'reverse-dns.lookup-failed', message: T.lookupFailed(ip.address, ip.ptrName, T.noPtrInAnswer), fix: T.lookupFailedFix });
    return finish('could-not-check', T.lookupFailedSummary(ip.address), [ptr], findings, data);
  }
  if (targets.length === 0) {
    data.forwardConfirmed = false;
    findings.push({ severity: 'error', code: 'reverse-dns.missing', message: T.missing(ip.address), fix: T.missingFix(ip.address) });
    return finish('fail', T.missingSummary(ip.address), [ptr], findings, data);
  }

  const rrType = ip.version === 4 ? 'A' : 'AAAA';
  const checked = targets.slice(0, MAX_PTR_NAMES);
  const unchecked = targets.length - checked.length;
  if (unchecked > 0) data.uncheckedNames = unchecked;
  const forwards = await Promise.all(checked.map((name) => resolver.query(name, rrType)));
  data.names = checked.map((name, i) => {
    const { forward, addresses } = forwardState(forwards[i] as DnsResult, ip.address);
    return { name, forward, addresses, generic: genericReasons(name, ip) };
  });
  const results = [ptr, ...forwards];
  const confirmed = data.names.filter((n) => n.forward === 'confirmed');
  const unknown = data.names.filter((n) => n.forward === 'could-not-check');

  if (targets.length > 1) findings.push({ severity: 'warning', code: 'reverse-dns.several-ptr', message: T.several(targets.length), fix: T.severalFix });
  for (const n of data.names) {
    if (n.generic.length > 0) findings.push({ severity: 'warning', code: 'reverse-dns.generic-name', message: T.generic(n), fix: T.genericFix(ip.address) });
  }

  if (confirmed.length > 0) {
    data.forwardConfirmed = true;
    const name = (confirmed[0] as PtrName).name;
    const warned = findings.some((f) => f.severity === 'warning');
    return finish(warned ? 'warning' : 'pass', warned ? T.warningSummary(ip.address, name) : T.passSummary(ip.address, name), results, findings, data);
  }
  if (unknown.length > 0) {
    for (const n of unknown) findings.push({ severity: 'error', code: 'reverse-dns.forward-lookup-failed', message: T.forwardFailed(n), fix: T.lookupFailedFix });
    if (unchecked > 0) findings.push({ severity: 'warning', code: 'reverse-dns.names-not-checked', message: T.namesNotChecked(targets.length, unchecked, MAX_PTR_NAMES), fix: T.namesNotCheckedFix(ip.ptrName) });
    return finish('could-not-check', T.forwardFailedSummary(ip.address), results, findings, data);
  }
  if (unchecked > 0) {
    // None of the names looked up leads back, but one of the others might: no verdict either way.
    findings.push({ severity: 'warning', code: 'reverse-dns.names-not-checked', message: T.namesNotChecked(targets.length, unchecked, MAX_PTR_NAMES), fix: T.namesNotCheckedFix(ip.ptrName) });
    for (const n of data.names) findings.push({ severity: 'info', code: 'reverse-dns.name-does-not-confirm', message: T.mismatch(ip.address, n), fix: null });
    return finish('could-not-check', T.namesNotCheckedSummary(ip.address, unchecked, targets.length), results, findings, data);
  }
  data.forwardConfirmed = false;
  for (const n of data.names) {
    findings.push({ severity: 'error', code: 'reverse-dns.not-forward-confirmed', message: T.mismatch(ip.address, n), fix: T.mismatchFix(ip.address, n, rrType) });
  }
  return finish('fail', T.mismatchSummary(ip.address), results, findings, data);
}
