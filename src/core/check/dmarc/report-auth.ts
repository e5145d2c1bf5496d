/**
 * External report destinations (RFC 9990 section 3 / RFC 7489 7.1): when a rua/ruf mailbox is in another
 * organizational domain than the policy domain, <policy-domain>._report._dmarc.<destination-domain> must
 * publish a v=DMARC1 record, or receivers send no reports there.
 */
import type { DnsResult, Resolver } from '../../dns/types.ts';
import { organizationalDomain } from './alignment.ts';
import { isDmarcRecord } from './parse.ts';
import type { DmarcReportDestination, DmarcReportUri } from './types.ts';

/** Each destination is one more query; a record naming more than this is cut short. */
const MAX_CHECKED_DESTINATIONS = 6;

export interface ReportAuthOutcome {
  destinations: DmarcReportDestination[];
  /** The authorization lookups made, for evidence. */
  answers: DnsResult[];
}

export function authorizationName(policyDomain: string, destinationDomain: string): string {
  return `${policyDomain}._report._dmarc.${destinationDomain}`;
}

export async function checkReportDestinations(
  resolver: Resolver,
  policyDomain: string,
  uris: DmarcReportUri[],
): Promise<ReportAuthOutcome> {
  const policyOrg = organizationalDomain(policyDomain);
  const destinations: DmarcReportDestination[] = uris.map((u) => {
    const external = u.domain !== null && organizationalDomain(u.domain) !== policyOrg;
    return {
      ...u, external, authorization: 'not-needed',
      authorizationName: external && u.domain ? authorizationName(policyDomain, u.domain) : null,
    };
  });
  const names = [...new Set(destinations.flatMap((d) => (d.authorizationName ? [d.authorizationName] : [])))]
    .slice(0, MAX_CHECKED_DESTINATIONS);
  const answers = await Promise.all(names.map((n) => resolver.query(n, 'TXT')));
  const verdict = new Map<string, DmarcReportDestination['authorization']>();
  names.forEach((name, i) => {
    const a = answers[i]!;
    if (a.status === 'error') verdict.set(name, 'error');
    else if (a.status === 'ok' && a.records.some((r) => r.type === 'TXT' && isDmarcRecord(r.text))) verdict.set(name, 'authorized');
    else verdict.set(name, 'missing');
  });
  for (const d of destinations) {
    if (d.authorizationName) d.authorization = verdict.get(d.authorizationName) ?? 'error';
  }
  return { destinations: destinations.filter((d) => !d.authorizationName || verdict.has(d.authorizationName)), answers };
}
