/** The words of the SPF check (kept apart from the logic). */
import type { Finding } from '../types.ts';
import type { SpfWarning } from './types.ts';

export const spfText = {
  invalidDomain: (domain: string) => `"${domain}" is not a domain name that can have an SPF record.`,
  invalidIp: (ip: string) => `"${ip}" is not an IP address, so only the record itself was checked.`,
  summary: {
    pass: (ip: string, domain: string) => `${ip} is allowed to send for ${domain}`,
    fail: (ip: string, domain: string) => `SPF fail: ${ip} is not allowed to send for ${domain}`,
    softfail: (ip: string, domain: string) => `SPF softfail: ${domain} says ${ip} is probably not allowed`,
    neutral: (ip: string, domain: string) => `SPF neutral: ${domain} says nothing about ${ip}`,
    none: (domain: string) => `${domain} has no SPF record`,
    permerror: (domain: string) => `The SPF record of ${domain} is broken (permerror)`,
    temperror: (domain: string) => `Could not check SPF for ${domain}: DNS lookup failed`,
    healthy: (domain: string, lookups: number) => `${domain} has an SPF record (${lookups} of 10 DNS lookups)`,
    unhealthy: (domain: string) => `The SPF record of ${domain} has problems`,
  },
};

/** The record an IP can be added with, when a fail or softfail is the problem. */
function mechanismFor(ip: string): string {
  return ip.includes(':') ? `ip6:${ip}` : `ip4:${ip}`;
}

export function resultFinding(result: string, domain: string, ip: string, detail: { matched?: string; explanation?: string; reason?: string; record?: string | null }): Finding {
  const via = detail.matched ? ` (matched "${detail.matched}")` : '';
  switch (result) {
    case 'pass':
      return { severity: 'info', code: 'spf.pass', message: `The SPF record of ${domain} allows ${ip}${via}.`, fix: null };
    case 'fail':
    case 'softfail':
      return {
        severity: 'error',
        code: `spf.${result}`,
        message: `SPF ${result}: the record of ${domain} does not allow ${ip}${via}.${detail.explanation ? ` Its explanation: "${detail.explanation}".` : ''}${result === 'softfail' ? ' Receivers treat softfail as suspicious and often junk or reject the mail.' : ''}`,
        fix: `If ${ip} is a legitimate server of yours, add "${mechanismFor(ip)}" (or the include: your e-mail provider documents) to the SPF record of ${domain}, before the "all" term.`,
      };
    case 'neutral':
      return { severity: 'warning', code: 'spf.neutral', message: `The SPF record of ${domain} neither allows nor forbids ${ip}${via}.`, fix: `Add "${mechanismFor(ip)}" (or your provider's include:) to the record of ${domain} and end it with "~all" or "-all".` };
    case 'none':
      return { severity: 'warning', code: 'spf.none', message: `${domain} publishes no SPF record${detail.reason ? ` (${detail.reason})` : ''}. Gmail, Yahoo and Microsoft expect one from senders.`, fix: `Publish a TXT record at ${domain}: "v=spf1 ${ip ? `${mechanismFor(ip)} ` : 'mx '}~all" (add the include: of any service that sends mail for you).` };
    case 'permerror':
      return { severity: 'error', code: 'spf.permerror', message: `The SPF record of ${domain} is broken, so receivers treat it as an error: ${detail.reason ?? 'permanent error'}.`, fix: permerrorFix(detail.reason ?? '', domain) };
    default:
      return { severity: 'warning', code: 'spf.temperror', message: `A DNS lookup failed while evaluating SPF for ${domain} (${detail.reason ?? 'temporary error'}), so whether ${ip || 'the sending server'} may send for it is unknown.`, fix: 'Try again later; if it persists, check that the DNS servers of the domains involved answer.' };
  }
}

function permerrorFix(reason: string, domain: string): string {
  if (reason.includes('DNS-querying terms')) return `Cut the DNS lookups of ${domain}'s SPF record to 10 or fewer: remove includes of services you no longer use, replace a/mx terms by ip4/ip6 ranges, or ask a provider for a combined include.`;
  if (reason.includes('SPF records')) return `Merge the SPF records of ${domain} into a single TXT record starting with "v=spf1".`;
  if (reason.includes('void')) return 'Remove the terms that point at names that do not exist or have no addresses.';
  if (reason.includes('syntax')) return `Correct the term named in the message in the SPF record of ${domain}; a single bad term breaks the whole record.`;
  if (reason.includes('no SPF record')) return 'An include: or redirect= points at a domain without an SPF record: fix the name or remove the term.';
  return `Correct the SPF record of ${domain} (see the evaluation tree for the term that failed).`;
}

const WARNING_FIXES: Partial<Record<SpfWarning['code'], string>> = {
  'spf.lookups-over-limit': 'Remove includes of services no longer used, replace a/mx terms by ip4/ip6 ranges, or use a provider\'s combined include, until at most 10 lookups remain.',
  'spf.lookups-near-limit': 'Keep some headroom: replace a/mx terms by ip4/ip6 ranges where the addresses are stable.',
  'spf.void-lookups': 'Remove terms that point at names without records (often a service no longer used).',
  'spf.void-over-limit': 'Remove terms that point at names without records; more than 2 breaks the record.',
  'spf.ptr-used': 'Replace "ptr" with ip4/ip6 ranges or a: terms for your servers.',
  'spf.pass-all': 'Replace "+all" with "~all" (or "-all" once you are sure every sender is listed).',
  'spf.neutral-all': 'Replace "?all" with "~all" or "-all".',
  'spf.no-all': 'End the record with "~all" or "-all".',
  'spf.text-after-all': 'Move the terms before "all", or delete them.',
  'spf.string-too-long': 'Publish the record as several quoted strings of at most 255 characters each; they are joined without spaces.',
  'spf.record-too-long': 'Shorten the record: drop unused includes, merge ranges.',
  'spf.include-loop': 'Remove the include/redirect that points back to a record already in the chain.',
  'spf.spf2-record': 'Delete the "spf2.0/..." TXT record.',
  'spf.multiple-records': 'Merge them into one record that starts with "v=spf1".',
  'spf.syntax': 'Correct the term named in the message; a single bad term breaks the whole record.',
  'spf.mx-too-many': 'Use ip4/ip6 ranges instead of "mx" for a domain with more than 10 MX hosts.',
  'spf.redirect-with-all': 'Remove either "redirect=" or "all".',
};

export function warningFinding(warning: SpfWarning): Finding {
  return { severity: warning.severity, code: warning.code, message: warning.message, fix: WARNING_FIXES[warning.code] ?? null };
}
