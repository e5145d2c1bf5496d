/**
 * Syntax of a recipient address (RFC 5321 4.1.2 and 4.5.3.1, RFC 5322 3.4.1, RFC 6531), the case behind
 * "553 bad address syntax", plus a "did you mean" for likely typos of big mailbox providers' domains.
 * Needs no DNS. Total and pure: any text gives a result, never an exception.
 */
import ipaddr from 'ipaddr.js';
import type { CheckResult, CheckStatus, Finding } from '../types.ts';
import { checkDomainSyntax, type DomainProblem } from './domain-syntax.ts';
import { describeDomainProblem } from './domain-messages.ts';
import { checkLocalPartSyntax } from './local-part-syntax.ts';
import { ADDRESS_TEXT as T, describeLocalProblem } from './messages.ts';
import type { AddressCheckInput, AddressCheckOptions, AddressData } from './types.ts';
import { defaultSuggestDomain } from './suggest.ts';

/** RFC 5321 4.5.3.1.3 path of 256 octets minus the angle brackets (RFC 3696 erratum 1690). */
export const MAX_ADDRESS_OCTETS = 254;
/** Input longer than this is not examined further: no address comes near it, and it bounds the work. */
export const MAX_INPUT_LENGTH = 1024;

type AddressResult = CheckResult<AddressData>;

/** Removes what surrounds an address when copied from a mail program: "mailto:", "Name <…>", brackets. */
function unwrap(raw: string): string {
  let s = raw.trim();
  const open = s.lastIndexOf('<');
  if (s.endsWith('>') && open >= 0) s = s.slice(open + 1, -1).trim();
  if (s.toLowerCase().startsWith('mailto:')) s = s.slice(7).trim();
  return s;
}

/** The IP of an address literal's inside ("192.0.2.1" or "IPv6:2001:db8::1"), or null when invalid. */
function parseAddressLiteral(inside: string): string | null {
  if (ipaddr.IPv4.isValidFourPartDecimal(inside)) return ipaddr.IPv4.parse(inside).toString();
  if (inside.slice(0, 5).toLowerCase() === 'ipv6:' && ipaddr.IPv6.isValid(inside.slice(5))) {
    return ipaddr.IPv6.parse(inside.slice(5)).toString();
  }
  return null;
}

function emptyData(address: string): AddressData {
  return {
    address, localPart: '', domain: '', domainAscii: '', localForm: 'dot-atom', needsSmtpUtf8: false, literal: null,
    localProblems: [], domainProblems: [], octets: new TextEncoder().encode(address).length, suggestion: null,
  };
}

function result(input: AddressCheckInput, status: CheckStatus, summary: string, findings: Finding[], data: AddressData): AddressResult {
  return { name: 'address', status, summary, inputs: { address: input.address }, queries: [], findings, data };
}

export function checkAddress(input: AddressCheckInput, options: AddressCheckOptions = {}): AddressResult {
  const raw = typeof input?.address === 'string' ? input.address : '';
  if (raw.length > MAX_INPUT_LENGTH) {
    const finding: Finding = { severity: 'error', code: 'address.too-long', message: T.tooLongInput(raw.length, MAX_INPUT_LENGTH), fix: null };
    return result(input, 'fail', T.failSummary('far too long'), [finding], emptyData(''));
  }
  const unwrapped = unwrap(raw);
  // RFC 5321 4.1.2 / appendix C: an obsolete source route "@relay1,@relay2:user@domain" is to be ignored.
  const colon = unwrapped.indexOf(':');
  const sourceRoute = unwrapped.startsWith('@') && colon > 0 && colon < unwrapped.lastIndexOf('@') ? unwrapped.slice(0, colon) : '';
  const address = sourceRoute ? unwrapped.slice(colon + 1) : unwrapped;
  if (address === '') return result(input, 'not-applicable', T.emptySummary, [], emptyData(''));

  const at = address.lastIndexOf('@');
  if (at < 0 && (address.startsWith('|') || address.startsWith('/'))) {
    // Exim and Postfix name the program or file an alias or .forward delivered to: not an address at all.
    const finding: Finding = { severity: 'info', code: 'address.local-delivery', message: T.localDelivery(address), fix: T.localDeliveryFix };
    return result(input, 'not-applicable', T.localDeliverySummary, [finding], emptyData(address));
  }
  if (at < 0) {
    const finding: Finding = { severity: 'error', code: 'address.no-at', message: T.noAt(address), fix: T.noAtFix };
    return result(input, 'fail', T.failSummary('no @'), [finding], emptyData(address));
  }
  const data = emptyData(address);
  data.localPart = address.slice(0, at);
  data.domain = address.slice(at + 1);
  const findings: Finding[] = [];
  if (sourceRoute) findings.push({ severity: 'info', code: 'address.source-route', message: T.sourceRoute(sourceRoute), fix: null });

  const local = checkLocalPartSyntax(data.localPart);
  data.localForm = local.form;
  data.needsSmtpUtf8 = local.needsSmtpUtf8;
  data.localProblems = local.problems;
  /** The plain reason of each error, in order: the first one becomes the summary. */
  const reasons: string[] = [];
  for (const p of local.problems) {
    reasons.push(describeLocalProblem(p));
    findings.push({ severity: 'error', code: `address.local-${p.code}`, message: T.localProblem(describeLocalProblem(p)), fix: T.localFix });
  }
  if (local.form === 'quoted-string' && local.problems.length === 0) {
    findings.push({ severity: 'warning', code: 'address.quoted-local-part', message: T.quoted, fix: T.quotedFix });
  }
  if (local.needsSmtpUtf8) findings.push({ severity: 'warning', code: 'address.needs-smtputf8', message: T.utf8, fix: T.utf8Fix });

  if (data.domain.startsWith('[') && data.domain.endsWith(']')) {
    const inside = data.domain.slice(1, -1);
    data.literal = parseAddressLiteral(inside);
    if (data.literal === null) reasons.push('bad IP address literal');
    if (data.literal === null) findings.push({ severity: 'error', code: 'address.bad-literal', message: T.badLiteral(inside), fix: T.domainFix });
    else findings.push({ severity: 'warning', code: 'address.ip-literal', message: T.literal(data.literal), fix: T.literalFix });
  } else {
    const syntax = checkDomainSyntax(data.domain);
    data.domainProblems = syntax.problems;
    data.domainAscii = syntax.problems.length === 0 ? syntax.ascii : '';
    for (const p of syntax.problems) {
      reasons.push(describeDomainProblem(p));
      findings.push(domainFinding(p));
    }
    if (syntax.problems.length === 0 && syntax.singleLabel) {
      findings.push({ severity: 'warning', code: 'address.single-label-domain', message: T.singleLabel(data.domain), fix: T.singleLabelFix });
    }
    if (syntax.problems.length === 0 && syntax.international) findings.push({ severity: 'info', code: 'address.idn', message: T.idn(syntax.ascii), fix: null });
    const suggested = syntax.ascii ? (options.suggestDomain ?? defaultSuggestDomain)(syntax.ascii) : null;
    if (suggested && suggested !== syntax.ascii) {
      data.suggestion = `${data.localPart}@${suggested}`;
      findings.push({ severity: 'warning', code: 'address.domain-typo', message: T.suggestion(address, data.suggestion), fix: T.suggestionFix(data.suggestion) });
    }
  }

  if (data.octets > MAX_ADDRESS_OCTETS) {
    reasons.push('too long');
    findings.push({ severity: 'error', code: 'address.too-long', message: T.tooLongTotal(data.octets, MAX_ADDRESS_OCTETS), fix: null });
  }

  if (reasons[0] !== undefined) return result(input, 'fail', T.failSummary(reasons[0]), findings, data);
  if (data.suggestion) return result(input, 'warning', T.suggestionSummary(data.suggestion), findings, data);
  if (findings.some((f) => f.severity === 'warning')) return result(input, 'warning', T.warningSummary(address), findings, data);
  return result(input, 'pass', T.passSummary(address), findings, data);
}

function domainFinding(p: DomainProblem): Finding {
  return { severity: 'error', code: `address.domain-${p.code}`, message: T.domainProblem(describeDomainProblem(p)), fix: T.domainFix };
}
