/**
 * Steps from the DNS checks: every warning or error finding with a fix becomes a concrete step (the
 * record to publish, the command to repeat, the delisting page), and a check that could not get an
 * answer becomes a step that says how to check it by hand. A check never turns into a claim here that
 * it did not make itself.
 */
import type { Actor } from '../classify/types.ts';
import type { CheckName, CheckResult, Finding } from '../check/types.ts';
import type { BlocklistData, ListResult } from '../check/blocklist/types.ts';
import type { SpfCheckData } from '../check/spf/types.ts';
import type { DkimData } from '../check/dkim/types.ts';
import type { ReverseDnsData } from '../check/reverse-dns/types.ts';
import type { AdviceContext } from './context.ts';
import type { Copyable } from './commands.ts';
import { blocklistQuery, dblQuery, digMx, digPtr, digTxt, ptrRecord } from './commands.ts';
import { addToSpf, ipMechanism } from './spf-suggest.ts';
import { PAGES, type StepLink, type Topic } from './advice.ts';
import { CHECK_LABELS, CHECK_TEXT } from './messages.ts';

/** A step drawn from a check, with its final id. */
export interface CheckStep {
  id: string;
  actor: Actor;
  title: string;
  body: string;
  copyables: Copyable[];
  links: StepLink[];
  /** The check it comes from. */
  check: CheckName;
  /** The subject it covers, so generic advice on the same subject can give way to it. */
  topic: Topic;
  /** 2 for an error finding, 1 for a warning, 0 for a "check by hand" step: errors sort first. */
  weight: number;
}

/** The subject each check covers. */
export const CHECK_TOPICS: Readonly<Record<CheckName, Topic>> = {
  mx: 'mx', address: 'address', spf: 'spf', dkim: 'dkim', dmarc: 'dmarc', 'reverse-dns': 'ptr',
  'blocklist-ip': 'blocklist-ip', 'blocklist-domain': 'blocklist-domain',
};

/** Who usually fixes what a check finds. */
const CHECK_ACTORS: Readonly<Record<CheckName, Actor>> = {
  mx: 'recipient-admin', address: 'sender', spf: 'sender-admin', dkim: 'sender-admin', dmarc: 'sender-admin',
  'reverse-dns': 'sender-admin', 'blocklist-ip': 'sender-admin', 'blocklist-domain': 'sender-admin',
};

/** Findings whose fixer differs from the check's usual one. */
const FINDING_ACTORS: Readonly<Record<string, Actor>> = {
  // An MX that no longer lists the server that answered: the sending side is using an old route.
  'mx.stale': 'sender-admin',
  'address.domain-typo': 'sender',
  // A domain that does not exist is most often a typing mistake by the sender.
  'mx.domain-not-found': 'sender',
};

/** Findings that only say "the lookup failed": the "check by hand" step covers them. */
export const LOOKUP_FAILURE = /(?:^|\.)(?:lookup-failed|could-not-check|forward-lookup-failed|exchange-lookup-failed|temperror)$/;

/** A DNS record quoted in a fix text, e.g. "v=DMARC1; p=none; rua=mailto:..." (quoted or on its own line). */
export const QUOTED_RECORD = /"(v=(?:spf1|DMARC1|DKIM1)\b[^"\n]{0,900})"/i;
export const RECORD_LINE = /^(?:v=(?:spf1|DMARC1|DKIM1)\b|[a-z0-9_.-]{1,253}\.?\s{1,4}(?:\d{1,10}\s{1,4})?(?:IN\s{1,4})?(?:TXT|MX|PTR|CNAME)\s)/i;
/** A token that is a web address (tested on single whitespace-separated tokens, anchored). */
export const URL_TOKEN = /^https?:\/\/[^\s"'<>]+$/;
/** Longest web address taken from a fix text. */
const MAX_URL_LENGTH = 300;

/** Most copyables per step: a wall of commands helps nobody. */
const MAX_COPYABLES = 6;

/** Records and links written inside a fix text. */
function fromFixText(fix: string): { copyables: Copyable[]; links: StepLink[] } {
  const copyables: Copyable[] = [];
  for (const line of fix.split('\n')) {
    const t = line.trim();
    if (RECORD_LINE.test(t)) copyables.push({ label: 'Record to publish', text: t });
    else {
      const q = QUOTED_RECORD.exec(t);
      if (q?.[1] && !q[1].includes('<')) copyables.push({ label: 'Record to publish', text: q[1] });
    }
  }
  const links = fix.split(/\s+/)
    .filter((token) => token.length <= MAX_URL_LENGTH)
    .map((token) => token.replace(/^[("']+|[)"'.,;:]+$/g, ''))
    .filter((token) => URL_TOKEN.test(token))
    .map((url) => ({ label: url, url }));
  return { copyables, links };
}

/** Removes duplicate copyables (same text) and caps the count. */
function uniqueCopyables(items: Copyable[]): Copyable[] {
  const seen = new Set<string>();
  return items.filter((c) => (seen.has(c.text) ? false : (seen.add(c.text), true))).slice(0, MAX_COPYABLES);
}

/** Extra records and commands for a finding, from the check's own data. */
function extras(check: CheckResult, f: Finding, ctx: AdviceContext | null): Copyable[] {
  const domain = check.inputs.domain ?? ctx?.senderDomain ?? '';
  switch (check.name) {
    case 'spf': {
      const data = check.data as SpfCheckData | undefined;
      const out: Copyable[] = domain ? [digTxt(domain, `Show the SPF record of ${domain}`)] : [];
      const ip = check.inputs.ip ?? ctx?.sendingIp ?? null;
      const result = data?.evaluation?.result;
      if (ip && (result === 'fail' || result === 'softfail' || result === 'neutral' || result === 'none') && f.severity === 'error') {
        const mechanism = ctx?.sendingService?.spfInclude ?? ipMechanism(ip);
        const record = addToSpf(data?.record ?? null, mechanism);
        if (record) out.push({ label: `SPF record for ${domain} with the sending server added`, text: record });
      }
      return out;
    }
    case 'dkim': {
      const data = check.data as DkimData | undefined;
      return (data?.selectors ?? []).filter((s) => s.status === 'fail' || s.status === 'warning').map((s) => digTxt(s.name, `Show the key of selector ${s.selector}`));
    }
    case 'dmarc':
      return domain ? [digTxt(`_dmarc.${domain}`, `Show the DMARC record of ${domain}`)] : [];
    case 'reverse-dns': {
      const data = check.data as ReverseDnsData | undefined;
      const ip = data?.ip || check.inputs.ip || ctx?.sendingIp || '';
      const name = data?.names[0]?.name ?? `mail.${ctx?.senderDomain ?? 'example.com'}`;
      const out = [digPtr(ip), ptrRecord(ip, name)];
      if (data?.names[0]) out.push({ label: `Check that ${name} points back to ${ip}`, text: `dig +short A ${name}` });
      return out.filter((c): c is Copyable => c !== null);
    }
    case 'mx':
      return domain ? [digMx(domain)] : [];
    default:
      return [];
  }
}

/** One step per listed blocklist, with its lookup and removal pages. */
function listedSteps(check: CheckResult, data: BlocklistData): CheckStep[] {
  return data.lists.filter((l: ListResult) => l.verdict === 'listed').map((l) => ({
    id: `check.${check.name}.listed.${l.id}`,
    actor: 'sender-admin' as Actor,
    title: CHECK_TEXT.listedTitle(data.target, l.name),
    body: CHECK_TEXT.listedBody(data.target, l),
    copyables: l.query ? [{ label: `Repeat the lookup (answer: ${l.answer.join(', ') || 'none'})`, text: `dig +short A ${l.query}` }] : [],
    links: [
      { label: `${l.name}: why ${data.target} is listed`, url: l.lookupUrl },
      ...(l.delistUrl && l.delistUrl !== l.lookupUrl ? [{ label: `${l.name}: request removal`, url: l.delistUrl }] : []),
    ],
    check: check.name,
    topic: CHECK_TOPICS[check.name],
    weight: 2,
  }));
}

/** The dig commands that repeat the check's lookups, or the main ones when it made none. */
function manualCommands(check: CheckResult, ctx: AdviceContext | null): Copyable[] {
  const fromQueries = check.queries.map((q) => ({ label: `${q.type} ${q.name} (last time: ${q.outcome})`, text: q.dig }));
  if (fromQueries.length > 0) return fromQueries;
  const domain = check.inputs.domain ?? '';
  const ip = check.inputs.ip ?? ctx?.sendingIp ?? '';
  switch (check.name) {
    case 'mx': return domain ? [digMx(domain)] : [];
    case 'spf': return domain ? [digTxt(domain, `SPF record of ${domain}`)] : [];
    case 'dmarc': return domain ? [digTxt(`_dmarc.${domain}`, `DMARC record of ${domain}`)] : [];
    case 'dkim': return (ctx?.dkim ?? []).map((s) => digTxt(`${s.selector}._domainkey.${s.domain}`, `DKIM key of selector ${s.selector}`));
    case 'reverse-dns': return [digPtr(ip)].filter((c): c is Copyable => c !== null);
    case 'blocklist-ip': return [blocklistQuery(ip, 'zen.spamhaus.org')].filter((c): c is Copyable => c !== null);
    case 'blocklist-domain': return domain ? [dblQuery(domain)] : [];
    default: return [];
  }
}

/** What went wrong with a check that could not get an answer, in its own words (its first non-info finding). */
export function manualCause(check: CheckResult): string {
  return check.findings.find((f) => f.severity !== 'info')?.message ?? check.summary;
}

/** The id of the "check it by hand" step of a check. */
export function manualStepId(name: CheckName): string {
  return `check.${name}.by-hand`;
}

/** The check a step is the "check it by hand" step of, or null. */
export function byHandCheck(step: { id: string; check?: CheckName }): CheckName | null {
  return step.check && step.id === manualStepId(step.check) ? step.check : null;
}

/** The "check it by hand" step for a check that could not get an answer. */
function manualStep(check: CheckResult, ctx: AdviceContext | null): CheckStep {
  const why = manualCause(check);
  const links: StepLink[] = [];
  if (check.name === 'blocklist-ip' || check.name === 'blocklist-domain') {
    const data = check.data as BlocklistData | undefined;
    for (const l of data?.lists ?? []) if (l.verdict === 'could-not-check') links.push({ label: `${l.name}: look up ${data?.target ?? ''}`.trim(), url: l.lookupUrl });
    if (check.findings.some((f) => f.code === 'blocklist.needs-dqs-key')) links.push(PAGES.spamhausDqs);
  }
  return {
    id: manualStepId(check.name),
    actor: CHECK_ACTORS[check.name],
    title: CHECK_TEXT.manualTitle(CHECK_LABELS[check.name]),
    body: CHECK_TEXT.manualBody(why, check.name === 'blocklist-ip' || check.name === 'blocklist-domain', links.length > 0),
    copyables: uniqueCopyables(manualCommands(check, ctx)),
    links: links.slice(0, MAX_COPYABLES),
    check: check.name,
    topic: CHECK_TOPICS[check.name],
    weight: 0,
  };
}

/** The step for one finding with a fix. */
function findingStep(check: CheckResult, f: Finding, ctx: AdviceContext | null): CheckStep {
  const fix = f.fix ?? '';
  const parsed = fromFixText(fix);
  return {
    id: `check.${check.name}.${f.code}`,
    actor: FINDING_ACTORS[f.code] ?? CHECK_ACTORS[check.name],
    title: CHECK_TEXT.findingTitle(CHECK_LABELS[check.name], check.inputs, f),
    body: CHECK_TEXT.findingBody(f.message, fix),
    copyables: uniqueCopyables([...parsed.copyables, ...extras(check, f, ctx)]),
    links: parsed.links,
    check: check.name,
    topic: CHECK_TOPICS[check.name],
    weight: f.severity === 'error' ? 2 : 1,
  };
}

/**
 * The steps one check calls for: nothing for pass and not-applicable; per finding with a fix for
 * warning and fail (a delisting step per list for blocklists); a "check by hand" step, plus any
 * finding that says what would make the check possible, for could-not-check.
 */
export function stepsFromCheck(check: CheckResult, ctx: AdviceContext | null): CheckStep[] {
  if (!check || typeof check !== 'object' || !(check.name in CHECK_TOPICS)) return [];
  if (check.status === 'pass' || check.status === 'not-applicable') return [];
  const steps: CheckStep[] = [];
  const isBlocklist = check.name === 'blocklist-ip' || check.name === 'blocklist-domain';
  const data = isBlocklist ? (check.data as BlocklistData | undefined) : undefined;
  if (data?.lists) steps.push(...listedSteps(check, data));
  let lookupFailed = false;
  for (const f of check.findings ?? []) {
    if (LOOKUP_FAILURE.test(f.code)) { lookupFailed = true; continue; }
    if (f.severity === 'info' || !f.fix) continue;
    if (isBlocklist && f.code === 'blocklist.listed' && steps.length > 0) continue;
    steps.push(findingStep(check, f, ctx));
  }
  // Also when only part of the check failed to get answers (e.g. one blocklist of several).
  if (check.status === 'could-not-check' || lookupFailed) steps.push(manualStep(check, ctx));
  else if (check.status === 'fail' && steps.length === 0) {
    // A failed check whose findings carry no fix still needs a step: repeat its lookups.
    steps.push({ ...manualStep(check, ctx), id: `check.${check.name}.failed`, title: CHECK_TEXT.failedTitle(CHECK_LABELS[check.name], check.summary), body: check.summary, weight: 2 });
  }
  return steps;
}
