/** Record-health warnings, in the manner of the best SPF record checkers. */
import type { DnsRecord } from '../../dns/types.ts';
import { warn, type EvalContext } from './context.ts';
import type { RecordRole } from './mechanisms.ts';
import type { ParsedTerm } from './parse.ts';

/** A DNS character-string holds at most 255 bytes (RFC 1035 3.3); longer must be split. */
const MAX_TXT_STRING = 255;
/** RFC 7208 3.4: keep a record (and its answer) small enough for one UDP packet; 450 bytes is the advice. */
const MAX_RECORD_BYTES = 450;

type Txt = Extract<DnsRecord, { type: 'TXT' }>;

/** Warnings about the TXT records found at `domain` (before parsing). */
export function recordWarnings(ctx: EvalContext, domain: string, txt: Txt[], spf: Txt[]): void {
  if (txt.some((r) => /^spf2\.0\//i.test(r.text))) {
    warn(ctx, { code: 'spf.spf2-record', severity: 'info', domain, message: `${domain} still publishes an "spf2.0" (Sender ID) record; nobody checks it any more, it can go.` });
  }
  if (spf.length > 1) {
    warn(ctx, { code: 'spf.multiple-records', severity: 'error', domain, message: `${domain} publishes ${spf.length} SPF records; receivers return permerror. Merge them into one.` });
  }
  for (const record of spf) {
    if (record.strings.some((s) => new TextEncoder().encode(s).length > MAX_TXT_STRING)) {
      warn(ctx, { code: 'spf.string-too-long', severity: 'error', domain, message: `A string of the SPF record of ${domain} is over ${MAX_TXT_STRING} bytes; split it into several quoted strings.` });
    }
    const bytes = new TextEncoder().encode(record.text).length;
    if (bytes > MAX_RECORD_BYTES) {
      warn(ctx, { code: 'spf.record-too-long', severity: 'warning', domain, message: `The SPF record of ${domain} is ${bytes} bytes; over ${MAX_RECORD_BYTES} it may not fit a DNS answer over UDP.` });
    }
  }
}

/** Warnings about the terms of a parsed record. */
export function evaluationWarnings(ctx: EvalContext, domain: string, terms: ParsedTerm[], role: RecordRole): void {
  const allIndex = terms.findIndex((t) => t.kind === 'mechanism' && t.name === 'all');
  const all = allIndex >= 0 ? terms[allIndex] : undefined;
  const hasRedirect = terms.some((t) => t.kind === 'modifier' && t.name === 'redirect');
  if (all?.kind === 'mechanism' && all.qualifier === '+') {
    warn(ctx, { code: 'spf.pass-all', severity: 'error', domain, message: `The record of ${domain} ends in "+all": every server in the world passes. Use "~all" or "-all".` });
  }
  if (all?.kind === 'mechanism' && all.qualifier === '?' && role !== 'include') {
    warn(ctx, { code: 'spf.neutral-all', severity: 'warning', domain, message: `The record of ${domain} ends in "?all": it says nothing about other servers. Use "~all" or "-all".` });
  }
  if (!all && !hasRedirect && role !== 'include') {
    warn(ctx, { code: 'spf.no-all', severity: 'warning', domain, message: `The record of ${domain} has neither "all" nor "redirect=": mail from other servers gets "neutral". End it with "~all" or "-all".` });
  }
  if (allIndex >= 0 && terms.slice(allIndex + 1).some((t) => t.kind === 'mechanism')) {
    warn(ctx, { code: 'spf.text-after-all', severity: 'warning', domain, message: `The record of ${domain} has mechanisms after "all"; they are never evaluated.` });
  }
  if (allIndex >= 0 && hasRedirect) {
    warn(ctx, { code: 'spf.redirect-with-all', severity: 'warning', domain, message: `The record of ${domain} has both "all" and "redirect="; the redirect is ignored.` });
  }
}
