/**
 * DKIM and DMARC checks against the real local DNS stack (nsd + dnsdist, DoH), with scenario zones
 * declared as data and faults injected by the stack. Every fault case must end as could-not-check.
 */
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDkim } from '../src/core/check/dkim/index.ts';
import { checkDmarc } from '../src/core/check/dmarc/index.ts';
import type { CheckResult } from '../src/core/check/types.ts';
import { classifyText } from '../src/core/classify/index.ts';
import { diagnose } from '../src/core/diagnose.ts';
import { createDohResolver } from '../src/core/dns/doh.ts';
import type { Resolver } from '../src/core/dns/types.ts';
import { startDnsStack, type DnsStack, type Zone } from './dns-server/stack.ts';

/** Real key material, base64 DER, generated for this run. */
function rsaKey(bits: number, format: 'spki' | 'pkcs1'): string {
  return generateKeyPairSync('rsa', { modulusLength: bits }).publicKey.export({ type: format, format: 'der' }).toString('base64');
}

/** Short enough that the dropped-query cases end quickly, long enough for a loaded machine. */
const CLIENT_TIMEOUT_MS = 1_500;

const zones: Zone[] = [
  // The parent of every scenario domain, so the DMARC walk's last step gets NXDOMAIN as on the Internet
  // (nsd would answer REFUSED for a name outside its zones).
  { origin: 'test', records: [] },
  {
    origin: 'signer.test',
    records: [
      { name: 'good._domainkey', type: 'TXT', value: `v=DKIM1; k=rsa; p=${rsaKey(2048, 'spki')}` },
      { name: 'legacy._domainkey', type: 'TXT', value: `v=DKIM1; p=${rsaKey(1024, 'pkcs1')}` },
      { name: 'short._domainkey', type: 'TXT', value: `v=DKIM1; k=rsa; p=${rsaKey(512, 'spki')}` },
      { name: 'revoked._domainkey', type: 'TXT', value: 'v=DKIM1; k=rsa; p=' },
      { name: 'broken._domainkey', type: 'TXT', value: 'v=DKIM1; k=rsa; p=' },
      { name: 'hole._domainkey', type: 'TXT', value: 'v=DKIM1; k=rsa; p=' },
    ],
  },
  { origin: 'none.test', records: [{ name: '_dmarc', type: 'TXT', value: 'v=DMARC1; p=none' }] },
  { origin: 'missing.test', records: [{ name: '@', type: 'A', value: '192.0.2.20' }] },
  {
    origin: 'reject.test',
    records: [
      { name: '_dmarc', type: 'TXT', value: 'v=DMARC1; p=reject; sp=quarantine; rua=mailto:agg@reports.example' },
      { name: 'news', type: 'A', value: '192.0.2.21' },
    ],
  },
  {
    origin: 'authorized.test',
    records: [{ name: '_dmarc', type: 'TXT', value: 'v=DMARC1; p=reject; rua=mailto:agg@reports.example' }],
  },
  { origin: 'reports.example', records: [{ name: 'authorized.test._report._dmarc', type: 'TXT', value: 'v=DMARC1' }] },
  { origin: 'sfail.test', records: [{ name: '_dmarc', type: 'TXT', value: 'v=DMARC1; p=reject' }] },
  { origin: 'slow.test', records: [{ name: '_dmarc', type: 'TXT', value: 'v=DMARC1; p=reject' }] },
  // The diagnose() scenario: a DMARC-rejected message sent through an ESP that signs with a short key.
  { origin: 'dest.test', records: [{ name: '@', type: 'MX', value: '10 mx.dest.test' }, { name: 'mx', type: 'A', value: '198.51.100.25' }] },
  {
    origin: 'esp.example',
    records: [
      { name: '@', type: 'TXT', value: 'v=spf1 ip4:203.0.113.0/24 -all' },
      { name: 'out', type: 'A', value: '203.0.113.9' },
      { name: 'short._domainkey', type: 'TXT', value: `v=DKIM1; k=rsa; p=${rsaKey(512, 'spki')}` },
    ],
  },
  { origin: '113.0.203.in-addr.arpa', records: [{ name: '9', type: 'PTR', value: 'out.esp.example' }] },
  // A subdomain without a record whose parent's answer fails: the walk cannot know the policy.
  { origin: 'parentfail.test', records: [{ name: 'www', type: 'A', value: '192.0.2.22' }] },
];

/** A DSN for a message from news@reject.test, sent by an ESP (esp.example) and rejected for DMARC. */
const DMARC_BOUNCE = [
  'From: MAILER-DAEMON@mx.sender.test', 'To: news@reject.test', 'Subject: Undelivered Mail Returned to Sender',
  'MIME-Version: 1.0', 'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"', '',
  '--B1', 'Content-Type: text/plain', '', '<jane@dest.test>: host mx.dest.test[198.51.100.25] said: 550 5.7.26 Unauthenticated email',
  '    is not accepted: DMARC policy of reject.test is reject.', '',
  '--B1', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.sender.test', '',
  'Final-Recipient: rfc822; jane@dest.test', 'Action: failed', 'Status: 5.7.26', 'Remote-MTA: dns; mx.dest.test',
  'Diagnostic-Code: smtp; 550 5.7.26 Unauthenticated email is not accepted: DMARC policy of reject.test is reject.', '',
  '--B1', 'Content-Type: text/rfc822-headers', '', 'Return-Path: <bounce@esp.example>',
  'Received: from out.esp.example (out.esp.example [203.0.113.9]) by mx.sender.test with ESMTPS id 1; Sun, 29 Nov 2026 10:00:00 +0000',
  'DKIM-Signature: v=1; a=rsa-sha256; d=esp.example; s=short; h=from:to; bh=x; b=y',
  'From: News <news@reject.test>', 'To: jane@dest.test', 'Subject: Hello', '', '--B1--', '',
].join('\r\n');

describe('DKIM and DMARC checks over the local DoH server', () => {
  let stack: DnsStack;
  let resolver: Resolver;
  beforeAll(async () => {
    stack = await startDnsStack({
      zones,
      faults: {
        servfail: ['broken._domainkey.signer.test', '_dmarc.sfail.test', '_dmarc.parentfail.test'],
        drop: ['hole._domainkey.signer.test', '_dmarc.slow.test'],
      },
    });
    resolver = createDohResolver({ providers: [stack.dohUrl], timeoutMs: CLIENT_TIMEOUT_MS });
  }, 30_000);
  afterAll(async () => { await stack?.stop(); });

  const dkim = (selector: string) => checkDkim(resolver, { selectors: [{ domain: 'signer.test', selector, guessed: false }] });

  it('reads a 2048-bit key published over several strings', async () => {
    const r = await dkim('good');
    expect(r.status).toBe('pass');
    expect(r.data!.selectors[0]).toMatchObject({ bits: 2048, keyFormat: 'spki' });
    expect(r.queries[0]!.resolver).toBe(stack.dohUrl);
  });
  it('warns on a 1024-bit bare PKCS#1 key and fails a 512-bit one', async () => {
    const legacy = await dkim('legacy');
    expect(legacy.status).toBe('warning');
    expect(legacy.data!.selectors[0]).toMatchObject({ bits: 1024, keyFormat: 'pkcs1' });
    const short = await dkim('short');
    expect(short.status).toBe('fail');
    expect(short.findings.map((f) => f.code)).toContain('dkim.rsa-too-short');
  });
  it('fails a revoked key and a selector with no key', async () => {
    const revoked = await dkim('revoked');
    expect(revoked.status).toBe('fail');
    expect(revoked.data!.selectors[0]!.revoked).toBe(true);
    const missing = await dkim('nosuch');
    expect(missing.status).toBe('fail');
    expect(missing.queries[0]!.outcome).toBe('nxdomain');
  });
  it('is could-not-check when the key lookup gets SERVFAIL or no answer', async () => {
    for (const selector of ['broken', 'hole']) {
      const r = await dkim(selector);
      expect(r.status, selector).toBe('could-not-check');
      expect(r.queries[0]!.outcome).toMatch(/^error: /);
    }
  });

  it('fails a domain without DMARC, naming the record to publish', async () => {
    const r = await checkDmarc(resolver, { fromDomain: 'missing.test' });
    expect(r.status).toBe('fail');
    expect(r.findings[0]!.fix).toContain('_dmarc.missing.test. TXT "v=DMARC1; p=none');
    expect(r.queries.map((q) => q.outcome)).toEqual(['nxdomain', 'nxdomain']);
  });
  it('warns on p=none without reports', async () => {
    const r = await checkDmarc(resolver, { fromDomain: 'none.test' });
    expect(r.status).toBe('warning');
    expect(r.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['dmarc.policy-none', 'dmarc.no-rua']));
  });
  it('fails a reject policy that the bounced message cannot meet (misaligned), and flags the unauthorized rua', async () => {
    const r = await checkDmarc(resolver, { fromDomain: 'reject.test', dkimDomains: ['esp.example'], spfDomain: 'bounces.esp.example' });
    expect(r.status).toBe('fail');
    const codes = r.findings.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['dmarc.not-aligned', 'dmarc.rejects-own-mail', 'dmarc.report-unauthorized']));
    expect(r.queries.map((q) => q.name)).toContain('reject.test._report._dmarc.reports.example');
  });
  it('passes an aligned message under a reject policy with an authorized external rua', async () => {
    const r = await checkDmarc(resolver, { fromDomain: 'authorized.test', dkimDomains: ['authorized.test'] });
    expect(r.status).toBe('pass');
    expect(r.data!.reportDestinations[0]!.authorization).toBe('authorized');
  });
  it('applies the parent policy with sp= to an existing subdomain', async () => {
    const r = await checkDmarc(resolver, { fromDomain: 'news.reject.test', spfDomain: 'news.reject.test' });
    expect(r.data).toMatchObject({ source: 'organizational', policyDomain: 'reject.test', fromDomainExists: true, appliedPolicy: 'quarantine' });
  });
  it('is could-not-check when _dmarc gets SERVFAIL or no answer, at the domain or on the walk up', async () => {
    for (const fromDomain of ['sfail.test', 'slow.test', 'www.parentfail.test']) {
      const r = await checkDmarc(resolver, { fromDomain });
      expect(r.status, fromDomain).toBe('could-not-check');
      expect(r.queries.at(-1)!.outcome, fromDomain).toMatch(/^error: /);
    }
  });

  it('diagnose() runs every check of a real bounce through DoH and finds the DMARC and DKIM causes', async () => {
    const classification = await classifyText(DMARC_BOUNCE);
    const arrived: CheckResult[] = [];
    const d = await diagnose(classification, resolver, { onCheck: (r) => arrived.push(r) });
    const byName = new Map(d.checks.map((c) => [c.name, c]));
    expect(d.checks[0]!.name).toBe('dmarc');
    expect(arrived).toHaveLength(d.checks.length);
    expect(byName.get('dmarc')!.status).toBe('fail');
    expect(byName.get('dmarc')!.findings.map((f) => f.code)).toContain('dmarc.rejects-own-mail');
    expect(byName.get('dkim')!.status).toBe('fail');
    expect(byName.get('spf')).toMatchObject({ status: 'pass', inputs: { domain: 'esp.example', ip: '203.0.113.9' } });
    expect(byName.get('mx')!.status).toBe('pass');
    expect(byName.get('reverse-dns')!.status).toBe('pass');
    // The real lists are outside the local server's zones: REFUSED, so could-not-check, never a verdict.
    expect(byName.get('blocklist-ip')!.status).toBe('could-not-check');
    expect(d.plan.steps.length).toBeGreaterThan(0);
  });
});
