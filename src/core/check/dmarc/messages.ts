/**
 * The words the DMARC check shows to people, kept apart from the logic that decides.
 */
import type { DmarcPolicy } from './types.ts';

export interface Wording {
  message: string;
  fix: string | null;
}

/** Details of record-text problems (become the message of a finding). */
export const dmarcIssueText = {
  tooLong: (max: number) => `the record is longer than ${max} characters`,
  notATag: (text: string) => `"${text}" is not a tag=value pair`,
  duplicate: (tag: string) => `the tag ${tag}= appears more than once; receivers may use either value`,
  unknownTag: (tag: string) => `${tag}= is not a DMARC tag; receivers ignore it`,
  legacy: (tag: string) => `${tag}= was removed by RFC 9989; current receivers ignore it (older ones still read it)`,
  versionFirst: () => 'v=DMARC1 must be the first tag',
  pMissing: () => 'there is no p= tag, so receivers act as if it said p=none',
  invalid: (tag: string, value: string, allowed: string) => `${tag}=${value} is not valid (allowed: ${allowed})`,
  emptyUriList: (tag: string) => `${tag}= lists no address`,
  sizeSuffix: (uri: string) => `the size limit in "${uri}" is obsolete; receivers ignore it`,
  badMailto: (uri: string) => `"${uri}" is not a valid mailto: address`,
  notMailto: (uri: string) => `"${uri}" is not a mailto: address; most receivers only send reports by email`,
  notUri: (uri: string) => `"${uri}" is not a URI (write mailto:address@domain)`,
  tooManyUris: (tag: string, n: number) => `${tag}= lists ${n} destinations; only the first few are used`,
};

const POLICY_WORDS: Record<DmarcPolicy, string> = {
  none: 'none (deliver; monitoring only)',
  quarantine: 'quarantine (treat as spam)',
  reject: 'reject (refuse the message)',
};

export function describePolicy(p: DmarcPolicy | null): string {
  return p === null ? 'unknown' : POLICY_WORDS[p];
}

export function suggestedRecord(orgDomain: string): string {
  return `_dmarc.${orgDomain}. TXT "v=DMARC1; p=none; rua=mailto:dmarc-reports@${orgDomain}"`;
}

export const dmarcText = {
  lookupFailed: (name: string, why: string): Wording => ({
    message: `Could not look up the DMARC record at ${name}: ${why}. Without it the policy is unknown.`,
    fix: 'Try again later or with another resolver; the answer below shows what came back.',
  }),
  noRecord: (fromDomain: string, orgDomain: string): Wording => ({
    message: `No DMARC record applies to ${fromDomain}: none at _dmarc.${fromDomain} or any parent domain. Gmail, Yahoo and Microsoft expect one from bulk senders, and some receivers reject mail without it.`,
    fix: `Publish this record, then read the reports for a few weeks before moving to p=quarantine or p=reject:\n${suggestedRecord(orgDomain)}`,
  }),
  multipleRecords: (domain: string, count: number): Wording => ({
    message: `${count} DMARC records are published at _dmarc.${domain}. That makes them all invalid: receivers discard every one of them.`,
    fix: `Merge them into a single TXT record at _dmarc.${domain} and delete the others.`,
  }),
  recordIssue: (domain: string, detail: string): Wording => ({
    message: `DMARC record at _dmarc.${domain}: ${detail}.`,
    fix: null,
  }),
  invalidValueFix: (tag: string): string => `Correct the ${tag}= value in the record.`,
  inherited: (fromDomain: string, policyDomain: string, source: 'organizational' | 'psd', policy: DmarcPolicy | null): Wording => ({
    message: source === 'psd'
      ? `${fromDomain} and its organizational domain have no DMARC record; the public suffix operator's record at _dmarc.${policyDomain} applies: ${describePolicy(policy)}.`
      : `${fromDomain} has no DMARC record of its own; the record of ${policyDomain} applies to it as a subdomain: ${describePolicy(policy)}.`,
    fix: null,
  }),
  existenceUnknown: (fromDomain: string, sp: DmarcPolicy, np: DmarcPolicy): Wording => ({
    message: `Could not tell whether ${fromDomain} exists in DNS: if it does, ${describePolicy(sp)} applies; if not, ${describePolicy(np)}.`,
    fix: null,
  }),
  policies: (domain: string, p: DmarcPolicy | null, sp: DmarcPolicy | null, np: DmarcPolicy | null): Wording => ({
    message: `Policy of ${domain}: ${describePolicy(p)}; for its subdomains: ${describePolicy(sp)}; for subdomains that do not exist: ${describePolicy(np)}.`,
    fix: null,
  }),
  policyNone: (domain: string): Wording => ({
    message: `The DMARC policy of ${domain} is p=none: receivers only monitor, so anyone can still send mail in its name.`,
    fix: 'Once the aggregate reports show that all your legitimate mail passes DMARC, move to p=quarantine, then p=reject.',
  }),
  noRua: (domain: string): Wording => ({
    message: `The DMARC record of ${domain} has no rua= address, so nobody receives the aggregate reports that show who sends mail as ${domain}.`,
    fix: `Add rua=mailto:dmarc-reports@${domain} (or the address of a DMARC report service) to the record.`,
  }),
  testing: (domain: string, applied: DmarcPolicy | null, effective: DmarcPolicy | null): Wording => ({
    message: `The DMARC record of ${domain} has t=y (testing): receivers apply ${describePolicy(effective)} instead of ${describePolicy(applied)}.`,
    fix: 'Remove t=y once you are confident that legitimate mail passes.',
  }),
  pctPartial: (domain: string, pct: number): Wording => ({
    message: `The DMARC record of ${domain} has pct=${pct}: older receivers apply the policy to only ${pct}% of failing mail; RFC 9989 removed pct (use t=y for a trial instead).`,
    fix: 'Remove pct= (and use t=y while testing).',
  }),
  aligned: (fromDomain: string, which: string[]): Wording => ({
    message: `The From domain ${fromDomain} is aligned with ${which.join(' and ')}.`,
    fix: null,
  }),
  alignedButFailed: (fromDomain: string, which: string[]): Wording => ({
    message: `The From domain ${fromDomain} is aligned with ${which.join(' and ')}, but the message's Authentication-Results say that authentication failed.`,
    fix: 'Check the SPF and DKIM results below: the aligned identity must also pass.',
  }),
  notAligned: (fromDomain: string, details: string[], strictDkim: boolean, strictSpf: boolean): Wording => ({
    message: `Neither DKIM nor SPF of the bounced message is aligned with the From domain ${fromDomain} (${details.join('; ')}), so it fails DMARC whatever SPF and DKIM say.`,
    fix: `Sign with DKIM as ${strictDkim ? `exactly d=${fromDomain} (adkim=s)` : `d=${fromDomain} or a subdomain of it`}, or send with a Return-Path ${strictSpf ? `at exactly ${fromDomain} (aspf=s)` : `in ${fromDomain} or a subdomain of it`}, so at least one passing identity matches the From domain.`,
  }),
  rejectsOwnMail: (fromDomain: string, policy: DmarcPolicy): Wording => ({
    message: `The DMARC policy of ${fromDomain}, p=${policy}, applies to the very message that bounced: nothing in it is aligned with the From domain, so receivers ${policy === 'reject' ? 'refuse it' : 'treat it as spam'}.`,
    fix: `Fix the alignment (see above) first. While fixing it, lowering the policy to p=none stops the rejections but also removes the protection against spoofing.`,
  }),
  strictMismatch: (method: string, domain: string, fromDomain: string): Wording => ({
    message: `${method} domain ${domain} shares the organizational domain of ${fromDomain} but the record asks for strict alignment (${method === 'DKIM' ? 'adkim' : 'aspf'}=s), which needs the exact same domain.`,
    fix: `Use ${fromDomain} itself for ${method}, or set ${method === 'DKIM' ? 'adkim' : 'aspf'}=r.`,
  }),
  reportUnauthorized: (policyDomain: string, destination: string, name: string): Wording => ({
    message: `Reports for ${policyDomain} go to ${destination}, another organization, which has not agreed to receive them: receivers will not send reports there.`,
    fix: `The owner of ${destination.replace(/^.*@/, '')} must publish: ${name}. TXT "v=DMARC1"`,
  }),
  reportAuthFailed: (name: string, why: string): Wording => ({
    message: `Could not verify the external report destination at ${name}: ${why}.`,
    fix: null,
  }),
  reportAuthorized: (destination: string): Wording => ({
    message: `The external report destination ${destination} has authorized the reports.`,
    fix: null,
  }),
};
