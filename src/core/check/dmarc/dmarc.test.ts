import { describe, expect, it } from 'vitest';
import { createMemoryResolver, type MemoryZoneEntry, type MemoryZones } from '../../dns/memory.ts';
import type { RecordType } from '../../dns/types.ts';
import { checkDmarc, MAX_WALK_QUERIES, parseDmarcRecord, walkTargets } from './index.ts';
import type { CheckDmarcInput } from './types.ts';

const txt = (...texts: string[]): MemoryZoneEntry => ({ records: texts.map((t) => ({ type: 'TXT' as const, strings: [t] })) });
const exists: MemoryZoneEntry = { records: [{ type: 'A', address: '192.0.2.1' }] };
const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code);

async function run(zones: MemoryZones, input: CheckDmarcInput, asked?: string[]) {
  const resolver = createMemoryResolver(zones, { onQuery: (n: string, t: RecordType) => asked?.push(`${n} ${t}`) });
  return checkDmarc(resolver, input);
}

describe('tree walk targets (RFC 9989 4.10)', () => {
  it('walks one label at a time to the top', () => {
    expect(walkTargets('a.b.example.test')).toEqual(['a.b.example.test', 'b.example.test', 'example.test', 'test']);
  });
  it('jumps a long name to its last 7 labels and never exceeds 8 queries', () => {
    const t = walkTargets('l1.l2.l3.l4.l5.l6.l7.l8.l9.example.test');
    expect(t).toHaveLength(MAX_WALK_QUERIES);
    expect(t[0]).toBe('l1.l2.l3.l4.l5.l6.l7.l8.l9.example.test');
    expect(t[1]).toBe('l5.l6.l7.l8.l9.example.test');
    expect(t[1]!.split('.')).toHaveLength(7);
    expect(t.at(-1)).toBe('test');
  });
});

describe('record parser', () => {
  it('validates every tag', () => {
    const r = parseDmarcRecord('v=DMARC1; p=maybe; sp=reject; np=x; adkim=q; aspf=s; pct=150; rua=foo; ruf=mailto:bad; fo=9; rf=xml; ri=soon; psd=q; t=perhaps; zz=1');
    const invalid = r.issues.filter((i) => i.code === 'dmarc.invalid-value').map((i) => i.tag);
    expect(invalid.sort()).toEqual(['adkim', 'fo', 'np', 'p', 'pct', 'psd', 'rf', 'ri', 't'].sort());
    expect(r.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['dmarc.invalid-uri', 'dmarc.unknown-tag', 'dmarc.legacy-tag']));
    expect(r.sp).toBe('reject');
    expect(r.aspf).toBe('s');
    expect(r.p).toBeNull();
  });
  it('reads a good record with defaults, size suffixes and case-insensitive values', () => {
    const r = parseDmarcRecord('v=DMARC1;p=Reject;rua=mailto:agg@example.test!10m,mailto:x@reports.example.net;psd=n');
    expect(r.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(r).toMatchObject({ p: 'reject', sp: null, adkim: 'r', aspf: 'r', psd: 'n', testing: false });
    expect(r.reportUris.map((u) => u.domain)).toEqual(['example.test', 'reports.example.net']);
  });
  it('flags a missing p=, a v= not first and duplicates without throwing on junk', () => {
    expect(parseDmarcRecord('v=DMARC1; rua=mailto:a@example.test').issues.map((i) => i.code)).toContain('dmarc.p-missing');
    expect(parseDmarcRecord('p=none; v=DMARC1').issues.map((i) => i.code)).toContain('dmarc.syntax');
    expect(parseDmarcRecord('v=DMARC1; p=none; p=reject').issues.map((i) => i.code)).toContain('dmarc.duplicate-tag');
    expect(() => parseDmarcRecord('v=DMARC1; ' + ';='.repeat(5000))).not.toThrow();
  });
});

const GOOD = 'v=DMARC1; p=reject; rua=mailto:dmarc@example.test';

describe('checkDmarc', () => {
  it('passes a reject policy with reports, aligned by DKIM', async () => {
    const r = await run({ '_dmarc.example.test': txt(GOOD) }, { fromDomain: 'example.test', dkimDomains: ['example.test'] });
    expect(r.status).toBe('pass');
    expect(r.data).toMatchObject({ source: 'domain', policyDomain: 'example.test', appliedPolicy: 'reject', anyAligned: true });
    expect(r.queries[0]!.dig).toBe('dig +short TXT _dmarc.example.test');
  });
  it('fails when there is no record, giving the record to publish', async () => {
    const r = await run({}, { fromDomain: 'mail.example.test' });
    expect(r.status).toBe('fail');
    expect(codes(r)).toEqual(['dmarc.no-record']);
    expect(r.findings[0]!.fix).toContain('_dmarc.example.test. TXT "v=DMARC1; p=none; rua=mailto:dmarc-reports@example.test"');
    expect(r.data!.walk.map((s) => s.domain)).toEqual(['mail.example.test', 'example.test', 'test']);
  });
  it('warns on p=none and on a missing rua', async () => {
    const r = await run({ '_dmarc.example.test': txt('v=DMARC1; p=none') }, { fromDomain: 'example.test' });
    expect(r.status).toBe('warning');
    expect(codes(r)).toEqual(expect.arrayContaining(['dmarc.policy-none', 'dmarc.no-rua']));
  });
  it('fails when several DMARC records are published', async () => {
    const r = await run({ '_dmarc.example.test': txt(GOOD, 'v=DMARC1; p=none') }, { fromDomain: 'example.test' });
    expect(r.status).toBe('fail');
    expect(codes(r)).toContain('dmarc.multiple-records');
  });
  it('ignores TXT records that are not DMARC at the _dmarc name', async () => {
    const r = await run({ '_dmarc.example.test': txt('google-site-verification=abc', GOOD) }, { fromDomain: 'example.test' });
    expect(r.status).toBe('pass');
  });
  it('applies sp= to an existing subdomain and np= to one that does not exist', async () => {
    const zones = { '_dmarc.example.test': txt('v=DMARC1; p=none; sp=quarantine; np=reject; rua=mailto:d@example.test'), 'www.example.test': exists };
    const sub = await run(zones, { fromDomain: 'www.example.test' });
    expect(sub.data).toMatchObject({ source: 'organizational', policyDomain: 'example.test', fromDomainExists: true, appliedPolicy: 'quarantine' });
    expect(sub.data).toMatchObject({ domainPolicy: 'none', subdomainPolicy: 'quarantine', nonexistentPolicy: 'reject' });
    const ghost = await run(zones, { fromDomain: 'ghost.example.test' });
    expect(ghost.data).toMatchObject({ fromDomainExists: false, appliedPolicy: 'reject' });
    expect(codes(ghost)).toContain('dmarc.inherited');
    const unknown = await run({ ...zones, 'odd.example.test': { rcode: 'SERVFAIL' } }, { fromDomain: 'odd.example.test' });
    expect(unknown.data).toMatchObject({ fromDomainExists: null, appliedPolicy: 'quarantine' });
    expect(codes(unknown)).toContain('dmarc.existence-unknown');
  });
  it('is could-not-check when the verdict hangs on a failed existence lookup (sp= and np= would judge differently)', async () => {
    const zones = { '_dmarc.example.test': txt('v=DMARC1; p=reject; sp=reject; np=none; rua=mailto:d@example.test'), 'odd.example.test': { rcode: 'SERVFAIL' as const } };
    const misaligned = { fromDomain: 'odd.example.test', dkimDomains: ['other.example'] };
    // sp=reject would reject this misaligned message (fail), np=none would only warn: no verdict.
    const r = await run(zones, misaligned);
    expect(r.status).toBe('could-not-check');
    expect(codes(r)).toContain('dmarc.existence-unknown');
    expect(r.queries.find((q) => q.name === 'odd.example.test')!.outcome).toBe('error: servfail');
    // When the existence is known, the verdict is given.
    const known = await run({ ...zones, 'odd.example.test': exists }, misaligned);
    expect(known.status).toBe('fail');
    // When either policy gives the same verdict, the failed lookup changes nothing.
    const same = await run({ ...zones, '_dmarc.example.test': txt('v=DMARC1; p=reject; sp=reject; np=quarantine; rua=mailto:d@example.test') }, { fromDomain: 'odd.example.test', dkimDomains: ['example.test'] });
    expect(same.status).toBe('pass');
    // A failure that holds under either policy (an invalid tag) still fails.
    const broken = await run({ ...zones, '_dmarc.example.test': txt('v=DMARC1; p=reject; sp=reject; np=none; adkim=x; rua=mailto:d@example.test') }, misaligned);
    expect(broken.status).toBe('fail');
  });
  it('takes the organizational domain with the fewest labels, skipping an intermediate record', async () => {
    const zones = { '_dmarc.b.example.test': txt('v=DMARC1; p=none'), '_dmarc.example.test': txt(GOOD), 'a.b.example.test': exists };
    const r = await run(zones, { fromDomain: 'a.b.example.test' });
    expect(r.data).toMatchObject({ policyDomain: 'example.test', source: 'organizational', appliedPolicy: 'reject' });
  });
  it('stops at psd=n: that domain is the organizational domain', async () => {
    const zones = { '_dmarc.b.example.test': txt('v=DMARC1; p=quarantine; psd=n; rua=mailto:d@example.test'), '_dmarc.example.test': txt(GOOD), 'a.b.example.test': exists };
    const r = await run(zones, { fromDomain: 'a.b.example.test' });
    expect(r.data).toMatchObject({ policyDomain: 'b.example.test', appliedPolicy: 'quarantine' });
    expect(r.data!.walk.map((s) => s.domain)).toEqual(['a.b.example.test', 'b.example.test']);
  });
  it('falls back to a public suffix operator record (psd=y)', async () => {
    const zones = { '_dmarc.test': txt('v=DMARC1; p=reject; psd=y; rua=mailto:psd@registry.example'), 'mail.example.test': exists };
    const r = await run(zones, { fromDomain: 'mail.example.test' });
    expect(r.data).toMatchObject({ policyDomain: 'test', source: 'psd', appliedPolicy: 'reject' });
  });
  it('fails a policy that rejects the very message that bounced (nothing aligned)', async () => {
    const r = await run({ '_dmarc.example.test': txt(GOOD) }, { fromDomain: 'example.test', dkimDomains: ['esp.example.net'], spfDomain: 'bounces.example.net' });
    expect(r.status).toBe('fail');
    expect(codes(r)).toEqual(expect.arrayContaining(['dmarc.not-aligned', 'dmarc.rejects-own-mail']));
    expect(r.data!.anyAligned).toBe(false);
    expect(r.summary).toContain('not aligned');
  });
  it('aligns relaxed by organizational domain, and not under strict modes', async () => {
    const relaxed = await run({ '_dmarc.example.test': txt(GOOD) }, { fromDomain: 'example.test', spfDomain: 'bounce.example.test' });
    expect(relaxed.data!.alignment[0]).toMatchObject({ method: 'spf', relaxed: true, strict: false, aligned: true });
    const strict = await run({ '_dmarc.example.test': txt('v=DMARC1; p=reject; aspf=s; adkim=s; rua=mailto:d@example.test') }, { fromDomain: 'example.test', spfDomain: 'bounce.example.test', dkimDomains: ['mail.example.test'] });
    expect(strict.status).toBe('fail');
    expect(codes(strict)).toEqual(expect.arrayContaining(['dmarc.strict-alignment', 'dmarc.rejects-own-mail']));
  });
  it('uses Authentication-Results to tell aligned-and-passed from aligned-but-failed', async () => {
    const r = await run({ '_dmarc.example.test': txt(GOOD) }, {
      fromDomain: 'example.test', dkimDomains: ['example.test'],
      authResults: ['mx.example.net; dkim=fail (bad signature) header.d=example.test header.s=s1; spf=pass smtp.mailfrom=x@other.example'],
    });
    expect(r.data!.alignment[0]!.authenticated).toBe(false);
    expect(codes(r)).toContain('dmarc.aligned-but-failed');
  });
  it('softens the policy one step in testing mode (t=y)', async () => {
    const r = await run({ '_dmarc.example.test': txt('v=DMARC1; p=reject; t=y; rua=mailto:d@example.test') }, { fromDomain: 'example.test' });
    expect(r.data).toMatchObject({ appliedPolicy: 'reject', effectivePolicy: 'quarantine' });
    expect(codes(r)).toContain('dmarc.testing');
  });
  it('reports invalid tags as failures and legacy pct as a warning', async () => {
    expect((await run({ '_dmarc.example.test': txt('v=DMARC1; p=reject; adkim=x; rua=mailto:d@example.test') }, { fromDomain: 'example.test' })).status).toBe('fail');
    const pct = await run({ '_dmarc.example.test': txt('v=DMARC1; p=reject; pct=20; rua=mailto:d@example.test') }, { fromDomain: 'example.test' });
    expect(pct.status).toBe('warning');
    expect(codes(pct)).toEqual(expect.arrayContaining(['dmarc.legacy-tag', 'dmarc.pct-partial']));
  });
  it('checks that an external report destination authorized the reports', async () => {
    const record = 'v=DMARC1; p=reject; rua=mailto:agg@reports.example.net,mailto:me@example.test';
    const asked: string[] = [];
    const missing = await run({ '_dmarc.example.test': txt(record) }, { fromDomain: 'example.test' }, asked);
    expect(missing.status).toBe('warning');
    expect(codes(missing)).toContain('dmarc.report-unauthorized');
    expect(missing.findings.find((f) => f.code === 'dmarc.report-unauthorized')!.fix).toContain('example.test._report._dmarc.reports.example.net');
    expect(asked.filter((q) => q.includes('._report._dmarc.'))).toEqual(['example.test._report._dmarc.reports.example.net TXT']);
    const ok = await run({ '_dmarc.example.test': txt(record), 'example.test._report._dmarc.reports.example.net': txt('v=DMARC1') }, { fromDomain: 'example.test' });
    expect(ok.status).toBe('pass');
    expect(ok.data!.reportDestinations.map((d) => d.authorization)).toEqual(['authorized', 'not-needed']);
  });
  it('is could-not-check when a lookup the walk needs fails, never pass or fail', async () => {
    const servfail = await run({ '_dmarc.example.test': { rcode: 'SERVFAIL' } }, { fromDomain: 'example.test' });
    expect(servfail.status).toBe('could-not-check');
    expect(servfail.queries.at(-1)!.outcome).toBe('error: servfail');
    const parentTimeout = await run({ '_dmarc.example.test': { timeout: true }, 'mail.example.test': exists }, { fromDomain: 'mail.example.test' });
    expect(parentTimeout.status).toBe('could-not-check');
    const authFails = await run({ '_dmarc.example.test': txt('v=DMARC1; p=reject; rua=mailto:a@reports.example.net'), 'example.test._report._dmarc.reports.example.net': { rcode: 'SERVFAIL' } }, { fromDomain: 'example.test' });
    expect(authFails.status).toBe('could-not-check');
  });
  it('does not need the parents once the From domain has its own record', async () => {
    const r = await run({ '_dmarc.mail.example.test': txt(GOOD.replace('example.test', 'mail.example.test')), '_dmarc.example.test': { rcode: 'SERVFAIL' } }, { fromDomain: 'mail.example.test' });
    expect(r.status).toBe('pass');
    expect(r.queries).toHaveLength(1);
  });
  it('never lets a parent answer it did not need (error or record) change the result', async () => {
    const own = txt('v=DMARC1; p=reject; rua=mailto:d@mail.example.test');
    const asked: string[] = [];
    const baseline = await run({ '_dmarc.mail.example.test': own, 'mail.example.test': exists }, { fromDomain: 'mail.example.test' }, asked);
    // The parents were asked (in the same round trip) ...
    expect(asked).toContain('_dmarc.example.test TXT');
    for (const parent of [{ timeout: true } as const, { rcode: 'REFUSED' } as const, txt('v=DMARC1; p=none'), txt('v=DMARC1; p=none', 'v=DMARC1; p=reject')]) {
      const r = await run({ '_dmarc.mail.example.test': own, '_dmarc.example.test': parent, 'mail.example.test': exists }, { fromDomain: 'mail.example.test' });
      // ... but whatever they answered is neither evidence, nor a finding, nor a reason for could-not-check.
      expect(r.status).toBe(baseline.status);
      expect(r.findings).toEqual(baseline.findings);
      expect(r.queries.map((q) => q.name)).toEqual(['_dmarc.mail.example.test']);
      expect(r.data!.walk.map((w) => w.domain)).toEqual(['mail.example.test']);
    }
  });
  it('makes at most 8 walk queries for a very long name', async () => {
    const asked: string[] = [];
    await run({}, { fromDomain: 'a.b.c.d.e.f.g.h.i.j.example.test' }, asked);
    expect(asked.filter((q) => q.startsWith('_dmarc.'))).toHaveLength(8);
  });
  it('asks for an internationalized From domain in its ASCII form', async () => {
    const asked: string[] = [];
    const r = await run({ '_dmarc.xn--bcher-kva.test': txt(GOOD) }, { fromDomain: 'Bücher.test' }, asked);
    expect(r.data!.policyDomain).toBe('xn--bcher-kva.test');
    expect(asked[0]).toBe('xn--bcher-kva.test A');
  });
  it('is not applicable without a domain and never throws on junk', async () => {
    expect((await run({}, { fromDomain: '' })).status).toBe('not-applicable');
    expect((await run({}, { fromDomain: 'not a domain' })).status).toBe('not-applicable');
  });
});
