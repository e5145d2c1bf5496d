/**
 * diagnose(): from a classified bounce to every relevant live check and the plan.
 *
 * It derives the inputs from the bounce (recipient domains and the server that answered; the sender's
 * From and Return-Path domains; the sending IP; the DKIM selectors), decides which checks apply, starts
 * them ALL at once and reports each through onCheck the moment it is known. Nothing waits that need not
 * wait: the checks share one resolver (identical in-flight lookups are asked once), so the total time is
 * set by the longest dependent chain of lookups, not by the number of checks. Checks with many lookups but
 * short chains (blocklists, guessed DKIM selectors) ask at low priority, so where the resolver caps its
 * concurrency they never queue ahead of the next hop of a long chain (an SPF include). A check that throws
 * (a bug) becomes a could-not-check result; diagnose itself never rejects.
 */
import ipaddr from 'ipaddr.js';
import { checkAddress } from './check/address/index.ts';
import { checkDomainBlocklists, checkIpBlocklists, type ListChoice } from './check/blocklist/index.ts';
import { checkDkim, dkimInputs, guessedSelectors, selectorsFor } from './check/dkim/index.ts';
import { checkDmarc, DOMAIN_SHAPE, normalizeDomain } from './check/dmarc/index.ts';
import { checkMx } from './check/mx/index.ts';
import { checkReverseDns } from './check/reverse-dns/index.ts';
import { checkSpf, type CheckSpfInput } from './check/spf/index.ts';
import type { CheckName, CheckResult } from './check/types.ts';
import type { Classification, Reason } from './classify/types.ts';
import type { OriginalMessage } from './read/types.ts';
import { isSubmissionHop } from './read/received.ts';
import { withCache } from './dns/cache.ts';
import { neverRejects } from './dns/never-rejects.ts';
import type { DnsResult, QueryOptions, RecordType, Resolver } from './dns/types.ts';
import type { Plan } from './remedy/types.ts';
import { buildPlan } from './remedy/plan.ts';

/** A bounce can list hundreds of recipients; a few domains tell the story and keep the lookups bounded. */
export const MAX_RECIPIENT_DOMAINS = 3;
/** Syntax checks are free, but a card per recipient stops helping after a handful. */
export const MAX_RECIPIENT_ADDRESSES = 5;

export interface DiagnoseOptions {
  /** Called once per check, as soon as its result is known (in completion order). */
  onCheck?: (result: CheckResult) => void;
  /** Called when a check starts, with the inputs it runs for (in plan order, before any result). */
  onStart?: (name: CheckName, inputs: Record<string, string>) => void;
  /** The DNS blocklists to query (catalog ids or entries); every catalog list of the right kind when absent. */
  blocklists?: ListChoice[];
  /** Spamhaus Data Query Service key: lets the Spamhaus lists answer through public resolvers. */
  dqsKey?: string;
  /** Cancels every lookup still running (their checks then end as could-not-check). */
  signal?: AbortSignal;
}

export interface Diagnosis {
  classification: Classification;
  /** Every check that ran, most relevant to the bounce's reason first. */
  checks: CheckResult[];
  plan: Plan;
}

/** What the checks run for, as derived from the bounce (also shown, and editable, in the UI). */
export interface DiagnosisInputs {
  /** The failed recipients: address, its domain, and the server that answered (Remote-MTA) if named. */
  recipients: { address: string; domain: string; answeredBy: string | null }[];
  /** Domain of the original message's From header. */
  fromDomain: string | null;
  /** The original's Return-Path (envelope sender) address and its domain. */
  returnPath: string | null;
  returnPathDomain: string | null;
  /** The sending server's IP, and where it was found. */
  sendingIp: string | null;
  sendingIpSource: 'received' | 'rejection' | null;
  /** The DKIM-Signature selectors, or guesses at the From domain. */
  dkimSelectors: { domain: string; selector: string; guessed: boolean }[];
  /** The d= domains of the DKIM-Signature headers. */
  dkimDomains: string[];
  /** Authentication-Results header values of the original (refine the DMARC alignment verdict). */
  authResults: string[];
}

/** One check ready to run. */
interface PlannedCheck {
  name: CheckName;
  /** 'background' for checks with many lookups but short chains (blocklists): their lookups yield to the rest. */
  lane?: 'background';
  inputs: Record<string, string>;
  run: (resolver: Resolver) => Promise<CheckResult> | CheckResult;
}

/** The address inside "Name <local@domain>" or "<local@domain>", lower-cased domain; null if none. */
export function addressOf(header: string | null): string | null {
  if (!header) return null;
  const bracket = /<([^<>\s]{1,320})>/.exec(header);
  const candidate = (bracket ? bracket[1]! : header).trim().replace(/^mailto:/i, '');
  const at = candidate.lastIndexOf('@');
  // Angle brackets left over mean the bracketed form was too long (over 320, RFC 5321's limits) or broken.
  if (at <= 0 || at === candidate.length - 1 || /[\s<>]/.test(candidate)) return null;
  return `${candidate.slice(0, at)}@${candidate.slice(at + 1).toLowerCase().replace(/\.$/, '')}`;
}

/** The address's domain in ASCII (A-label) form, or null when it is not a name DNS can be asked about
 * (an IP literal, one label, over 253 characters, a label over 63): no check then runs for it. */
export function dnsDomainOf(address: string | null): string | null {
  if (!address) return null;
  const at = address.lastIndexOf('@');
  const domain = normalizeDomain(address.slice(at + 1));
  return DOMAIN_SHAPE.test(domain) ? domain : null;
}

/** Ranges a sending server on the Internet never has (documentation ranges are kept: test data uses them). */
const UNUSABLE_RANGES = new Set(['unspecified', 'broadcast', 'multicast', 'linkLocal', 'loopback', 'private', 'carrierGradeNat', 'uniqueLocal']);

function usableIp(text: string): string | null {
  try {
    if (!ipaddr.isValid(text)) return null;
    let addr = ipaddr.parse(text);
    if (addr.kind() === 'ipv6' && (addr as ipaddr.IPv6).isIPv4MappedAddress()) addr = (addr as ipaddr.IPv6).toIPv4Address();
    return UNUSABLE_RANGES.has(addr.range()) ? null : addr.toString();
  } catch {
    return null;
  }
}

/** Reasons whose rejection text, when it quotes an IP, quotes the sender's (blocklists, PTR, reputation). */
const IP_REASONS = new Set<Reason>([
  'blocked', 'badreputation', 'requireptr', 'spamdetected', 'rejected', 'policyviolation', 'authfailure',
  'securityerror', 'toomanyconn', 'speeding',
]);

/** True when the IP is the answering server's, as in "host mx.example.net [192.0.2.1]: 550 ...". */
function isAnsweringHost(diagnostic: string, ip: string): boolean {
  const at = diagnostic.indexOf(`[${ip}]`);
  if (at < 0) return false;
  return /\bhost\s{1,4}[a-z0-9.-]{1,253}\s{0,4}$/i.test(diagnostic.slice(Math.max(0, at - 270), at));
}

/** The IP a rejection quotes as the sender's (a listed IP, "Client host [ip] blocked"), for sender-side reasons. */
function quotedSenderIp(classification: Classification): string | null {
  for (const r of classification.parsed.recipients) {
    const diagnosis = classification.recipients.find((d) => d.address.toLowerCase() === r.address.toLowerCase());
    if (!diagnosis || !IP_REASONS.has(diagnosis.reason)) continue;
    const listed = diagnosis.detail.blocklist?.ip;
    for (const ip of listed ? [listed, ...r.quotedIps] : r.quotedIps) {
      if (isAnsweringHost(r.diagnostic ?? '', ip)) continue;
      const usable = usableIp(ip);
      if (usable) return usable;
    }
  }
  return null;
}

/**
 * The sending server's IP from the returned message's Received chain, newest hop first (documentation
 * ranges are kept: test data uses them), stopping at a submission hop like the reader's sendingIpOf.
 */
function receivedSenderIp(original: OriginalMessage | null): string | null {
  if (!original) return null;
  for (const hop of original.received) {
    if (isSubmissionHop(hop.text)) return null;
    const ip = hop.fromIp ? usableIp(hop.fromIp) : null;
    if (ip) return ip;
  }
  return original.sendingIp ? usableIp(original.sendingIp) : null;
}

export function deriveInputs(classification: Classification): DiagnosisInputs {
  const parsed = classification.parsed;
  const original = parsed.original;
  const remoteByAddress = new Map(parsed.recipients.map((r) => [r.address.toLowerCase(), r.remoteMta]));
  const seenAddresses = new Set<string>();
  const recipients: DiagnosisInputs['recipients'] = [];
  const addresses = classification.recipients.length > 0 ? classification.recipients.map((r) => r.address) : parsed.recipients.map((r) => r.address);
  for (const raw of addresses) {
    const address = addressOf(raw) ?? raw;
    const domain = dnsDomainOf(address);
    if (!domain || seenAddresses.has(address.toLowerCase())) continue;
    seenAddresses.add(address.toLowerCase());
    recipients.push({ address, domain, answeredBy: remoteByAddress.get(raw.toLowerCase()) ?? null });
  }
  const fromDomain = dnsDomainOf(addressOf(original?.from ?? null));
  const returnPath = addressOf(original?.returnPath ?? null);
  const returnPathDomain = dnsDomainOf(returnPath);

  // The receiver judged the server that connected to it; when the rejection quotes that server's IP it is
  // the best evidence. The returned message's Received chain comes second: it often shows only where the
  // message entered the sender's system, not the outbound server's address.
  const quoted = quotedSenderIp(classification);
  const received = quoted ? null : receivedSenderIp(original);
  const sendingIp = quoted ?? received;
  const sendingIpSource: DiagnosisInputs['sendingIpSource'] = quoted ? 'rejection' : received ? 'received' : null;
  const signatures = original?.dkimSignatures ?? [];
  return {
    recipients, fromDomain, returnPath, returnPathDomain, sendingIp, sendingIpSource,
    dkimSelectors: selectorsFor(signatures, fromDomain ?? returnPathDomain),
    dkimDomains: [...new Set(signatures.map((s) => s.domain.toLowerCase()))],
    authResults: original?.authenticationResults ?? [],
  };
}

/** Which checks matter most for each reason, most relevant first; the rest follow in DEFAULT_ORDER. */
const DEFAULT_ORDER: CheckName[] = ['address', 'mx', 'spf', 'dkim', 'dmarc', 'reverse-dns', 'blocklist-ip', 'blocklist-domain'];
const REASON_ORDER: Partial<Record<Reason, CheckName[]>> = {
  userunknown: ['address', 'mx'],
  hasmoved: ['address', 'mx'],
  suspend: ['address', 'mx'],
  mailboxfull: ['address', 'mx'],
  syntaxerror: ['address', 'mx'],
  hostunknown: ['mx', 'address'],
  notaccept: ['mx', 'address'],
  networkerror: ['mx'],
  norelaying: ['mx', 'spf'],
  blocked: ['blocklist-ip', 'blocklist-domain', 'reverse-dns', 'spf', 'dmarc', 'dkim'],
  badreputation: ['blocklist-ip', 'blocklist-domain', 'reverse-dns', 'dmarc', 'spf', 'dkim'],
  spamdetected: ['blocklist-domain', 'blocklist-ip', 'dmarc', 'dkim', 'spf'],
  requireptr: ['reverse-dns', 'blocklist-ip'],
  authfailure: ['dmarc', 'spf', 'dkim', 'reverse-dns'],
  securityerror: ['dmarc', 'spf', 'dkim', 'reverse-dns'],
  policyviolation: ['dmarc', 'spf', 'dkim', 'blocklist-ip'],
  rejected: ['spf', 'dmarc', 'dkim', 'blocklist-ip', 'reverse-dns'],
};

/** The order of check names for this bounce: the reason's own first, then what the text says failed. */
export function checkOrder(classification: Classification): CheckName[] {
  const first = classification.recipients[0];
  const named: CheckName[] = [];
  const auth = first?.detail.auth;
  if (auth?.dmarc) named.push('dmarc');
  if (auth?.spf) named.push('spf');
  if (auth?.dkim) named.push('dkim');
  if (first?.detail.blocklist) named.push('blocklist-ip');
  const byReason = first ? REASON_ORDER[first.reason] ?? [] : [];
  return [...new Set([...named, ...byReason, ...DEFAULT_ORDER])];
}

/** The options every blocklist query gets, leaving out what was not set. */
function listOptions(options: DiagnoseOptions): { lists?: ListChoice[]; dqsKey?: string } {
  const out: { lists?: ListChoice[]; dqsKey?: string } = {};
  if (options.blocklists) out.lists = options.blocklists;
  if (options.dqsKey) out.dqsKey = options.dqsKey;
  return out;
}

function blocklistChecks(domain: string | null, ip: string | null, options: DiagnoseOptions): PlannedCheck[] {
  const planned: PlannedCheck[] = [];
  const lists = listOptions(options);
  if (ip) planned.push({ name: 'blocklist-ip', lane: 'background', inputs: { ip }, run: (res) => checkIpBlocklists(res, { ip, ...lists }) });
  if (domain) planned.push({ name: 'blocklist-domain', lane: 'background', inputs: { domain }, run: (res) => checkDomainBlocklists(res, { domain, ...lists }) });
  return planned;
}

/** SPF for the envelope sender's domain: evaluated for the sending IP when known, else the record's health. */
function spfCheck(domain: string, ip: string | null, sender: string | null): PlannedCheck {
  const input: CheckSpfInput = { domain };
  const shown: Record<string, string> = { domain };
  if (ip) { input.ip = ip; shown.ip = ip; }
  if (sender) { input.sender = sender; shown.sender = sender; }
  return { name: 'spf', inputs: shown, run: (res) => checkSpf(res, input) };
}

/** DKIM; guessed selectors are a dozen lookups one deep, so they go in the background lane. */
function dkimCheck(selectors: DiagnosisInputs['dkimSelectors']): PlannedCheck {
  const guessed = selectors.every((s) => s.guessed);
  return { name: 'dkim', ...(guessed ? { lane: 'background' as const } : {}), inputs: dkimInputs(selectors), run: (res) => checkDkim(res, { selectors }) };
}

function plannedForBounce(inputs: DiagnosisInputs, options: DiagnoseOptions): PlannedCheck[] {
  const planned: PlannedCheck[] = [];
  for (const r of inputs.recipients.slice(0, MAX_RECIPIENT_ADDRESSES)) {
    planned.push({ name: 'address', inputs: { address: r.address }, run: () => checkAddress({ address: r.address }) });
  }
  const domains = [...new Map(inputs.recipients.map((r) => [r.domain, r])).values()].slice(0, MAX_RECIPIENT_DOMAINS);
  for (const r of domains) {
    const mxInputs: Record<string, string> = { domain: r.domain };
    if (r.answeredBy) mxInputs.answeredBy = r.answeredBy;
    planned.push({ name: 'mx', inputs: mxInputs, run: (res) => checkMx(res, { domain: r.domain, answeredBy: r.answeredBy }) });
  }
  const spfDomain = inputs.returnPathDomain ?? inputs.fromDomain;
  if (spfDomain) planned.push(spfCheck(spfDomain, inputs.sendingIp, inputs.returnPath));
  if (inputs.dkimSelectors.length > 0) {
    planned.push(dkimCheck(inputs.dkimSelectors));
  }
  if (inputs.fromDomain) {
    const fromDomain = inputs.fromDomain;
    planned.push({
      name: 'dmarc', inputs: { domain: fromDomain },
      run: (res) => checkDmarc(res, { fromDomain, dkimDomains: inputs.dkimDomains, spfDomain: inputs.returnPathDomain, authResults: inputs.authResults }),
    });
  }
  if (inputs.sendingIp) {
    const ip = inputs.sendingIp;
    planned.push({ name: 'reverse-dns', inputs: { ip }, run: (res) => checkReverseDns(res, { ip }) });
  }
  planned.push(...blocklistChecks(inputs.fromDomain ?? inputs.returnPathDomain, inputs.sendingIp, options));
  return planned;
}

function plannedForDomain(input: CheckDomainInput, options: DiagnoseOptions): PlannedCheck[] {
  // Internationalized names in their ASCII form, as DNS carries them; junk is left for each check to refuse.
  const domain = normalizeDomain(input.domain);
  const planned: PlannedCheck[] = [
    { name: 'mx', inputs: { domain }, run: (res) => checkMx(res, { domain }) },
    spfCheck(domain, input.ip?.trim() || null, null),
  ];
  const selectors = input.selector
    ? [{ domain, selector: input.selector.trim().toLowerCase(), guessed: false }]
    : guessedSelectors(domain);
  planned.push(dkimCheck(selectors));
  planned.push({ name: 'dmarc', inputs: { domain }, run: (res) => checkDmarc(res, { fromDomain: domain }) });
  if (input.ip) {
    const ip = input.ip.trim();
    planned.push({ name: 'reverse-dns', inputs: { ip }, run: (res) => checkReverseDns(res, { ip }) });
  }
  planned.push(...blocklistChecks(domain, input.ip?.trim() || null, options));
  return planned;
}

/**
 * One resolver for all checks of a run: the run's signal goes to every lookup, and a lookup asked before
 * is answered once for all (MX hosts, SPF's a/mx terms and the reverse DNS check often ask the same names),
 * through the same one-diagnosis cache the DoH client uses. Whatever resolver is given, no lookup rejects.
 */
export function sharedResolver(inner: Resolver, signal?: AbortSignal): Resolver {
  const safe = neverRejects(inner);
  const shared = withCache({ query: (name, type, options) => safe.query(name, type, signal ? { ...options, signal } : options) });
  return {
    query(name: string, type: RecordType, options?: QueryOptions): Promise<DnsResult> {
      // A check's own deadline must not cut short another check's lookup: such lookups are not shared.
      if (options?.signal) return safe.query(name, type, { ...options, signal: bothSignals(options.signal, signal) });
      return shared.query(name, type, options);
    },
  };
}

/** The resolver a background check gets: its lookups are marked low priority, so that where the resolver
 * caps how many run at once (the DoH client does), they wait behind the lookups of the longer chains. */
function lowPriority(inner: Resolver): Resolver {
  return { query: (name, type, options) => inner.query(name, type, { ...options, priority: 'low' }) };
}

/** A signal that aborts when either does. */
function bothSignals(a: AbortSignal, b: AbortSignal | undefined): AbortSignal {
  if (!b) return a;
  if (typeof AbortSignal.any === 'function') return AbortSignal.any([a, b]);
  const controller = new AbortController();
  for (const s of [a, b]) {
    if (s.aborted) controller.abort(s.reason);
    else s.addEventListener('abort', () => controller.abort(s.reason), { once: true });
  }
  return controller.signal;
}

function crashed(name: CheckName, inputs: Record<string, string>, error: unknown): CheckResult {
  const why = error instanceof Error ? error.message : String(error);
  return {
    name, status: 'could-not-check', summary: `${name}: the check stopped with an internal error`, inputs, queries: [],
    findings: [{
      severity: 'warning', code: 'internal-error',
      message: `The ${name} check stopped with an internal error (${why.slice(0, 200)}), so this part could not be checked.`,
      fix: null,
    }],
  };
}

/** Starts every planned check at once; results come back in plan order, onCheck fires in completion order. */
async function runAll(planned: PlannedCheck[], resolver: Resolver, options: DiagnoseOptions): Promise<CheckResult[]> {
  const shared = sharedResolver(resolver, options.signal);
  const background = lowPriority(shared);
  for (const p of planned) options.onStart?.(p.name, p.inputs);
  return Promise.all(planned.map(async (p) => {
    let result: CheckResult;
    try {
      result = await p.run(p.lane === 'background' ? background : shared);
    } catch (error) {
      result = crashed(p.name, p.inputs, error);
    }
    try {
      options.onCheck?.(result);
    } catch {
      // A listener's bug must not lose the result for everyone else.
    }
    return result;
  }));
}

function ordered(planned: PlannedCheck[], order: CheckName[]): PlannedCheck[] {
  const rank = (n: CheckName) => order.indexOf(n);
  return planned.map((p, i) => ({ p, i })).sort((a, b) => rank(a.p.name) - rank(b.p.name) || a.i - b.i).map((x) => x.p);
}

/** Runs every check relevant to the bounce in parallel, then builds the plan. Never rejects. */
export async function diagnose(classification: Classification, resolver: Resolver, options: DiagnoseOptions = {}): Promise<Diagnosis> {
  const planned = classification.isBounce
    ? ordered(plannedForBounce(deriveInputs(classification), options), checkOrder(classification))
    : [];
  const checks = await runAll(planned, resolver, options);
  return { classification, checks, plan: buildPlan(classification, checks) };
}

export interface CheckDomainInput {
  /** The domain to check as a sender (MX, SPF, DKIM, DMARC, domain blocklists). */
  domain: string;
  /** The sending IP, when known (reverse DNS, IP blocklists, SPF evaluation). */
  ip?: string;
  /** A DKIM selector; common selectors are guessed when absent. */
  selector?: string;
}

/** The checks for a domain without a bounce (the CLI's `check` command, the UI's manual checks). */
export async function checkDomain(resolver: Resolver, input: CheckDomainInput, options: DiagnoseOptions = {}): Promise<CheckResult[]> {
  if (input.domain.trim() === '') return [];
  return runAll(plannedForDomain(input, options), resolver, options);
}
