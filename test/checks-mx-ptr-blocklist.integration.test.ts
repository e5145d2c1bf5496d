/**
 * The MX, reverse-DNS and blocklist checks against the real local DNS stack (nsd + dnsdist, DoH on
 * 127.0.0.1) through the real DoH client, one scenario zone per finding. Fault cases (SERVFAIL, REFUSED,
 * a dropped query, a refusing list) must come out could-not-check, never pass or fail.
 * Blocklists are test catalog entries under .test zones with the same return-code semantics as the real
 * lists, so no query ever leaves the machine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDnsStack, type DnsStack, type Zone } from './dns-server/stack.ts';
import { createDohResolver } from '../src/core/dns/doh.ts';
import type { BlocklistInfo } from '../src/core/knowledge/blocklists.ts';
import { checkMx } from '../src/core/check/mx/index.ts';
import { checkReverseDns } from '../src/core/check/reverse-dns/index.ts';
import { checkDomainBlocklists, checkIpBlocklists } from '../src/core/check/blocklist/index.ts';

/** DoH client timeout for these tests: the dropped names must time out quickly. */
const RESOLVER_TIMEOUT_MS = 1_000;
/** The blocklist check's own per-lookup deadline, above the resolver's so the resolver's error shows. */
const LIST_TIMEOUT_MS = 2_500;

const zones: Zone[] = [
  // MX scenarios
  { origin: 'good.test', records: [
    { name: '@', type: 'MX', value: '10 mx1.good.test' },
    { name: '@', type: 'MX', value: '20 mx2.good.test' },
    { name: 'mx1', type: 'A', value: '192.0.2.25' },
    { name: 'mx1', type: 'AAAA', value: '2001:db8::25' },
    { name: 'mx2', type: 'A', value: '192.0.2.26' },
    { name: 'mail', type: 'A', value: '192.0.2.25' },
    { name: 'mail', type: 'AAAA', value: '2001:db8::25' },
  ] },
  { origin: 'nullmx.test', records: [{ name: '@', type: 'MX', value: '0 .' }] },
  { origin: 'implicit.test', records: [{ name: '@', type: 'A', value: '192.0.2.30' }] },
  { origin: 'nomail.test', records: [{ name: '@', type: 'TXT', value: 'v=spf1 -all' }] },
  { origin: 'migrated.test', records: [
    { name: '@', type: 'MX', value: '10 mx.newprovider.test' },
  ] },
  { origin: 'newprovider.test', records: [{ name: 'mx', type: 'A', value: '198.51.100.40' }] },
  { origin: 'alias.test', records: [
    { name: '@', type: 'MX', value: '10 mail.alias.test' },
    { name: 'mail', type: 'CNAME', value: 'real.alias.test' },
    { name: 'real', type: 'A', value: '192.0.2.50' },
  ] },
  { origin: 'mxfail.test', records: [{ name: '@', type: 'MX', value: '10 mx1.good.test' }] },
  // Reverse DNS scenarios: .25 confirmed, .26 mismatched, .27 missing, .28 SERVFAIL, .29 REFUSED.
  { origin: '2.0.192.in-addr.arpa', records: [
    { name: '25', type: 'PTR', value: 'mail.good.test' },
    { name: '26', type: 'PTR', value: 'mail.moved.test' },
    { name: '28', type: 'PTR', value: 'mail.good.test' },
    { name: '29', type: 'PTR', value: 'mail.good.test' },
  ] },
  // 2001:db8::25 → mail.good.test, which has that AAAA.
  { origin: '8.b.d.0.1.0.0.2.ip6.arpa', records: [
    { name: '5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0', type: 'PTR', value: 'mail.good.test' },
  ] },
  { origin: 'literal.test', records: [{ name: '@', type: 'MX', value: '10 192.0.2.40' }] },
  { origin: 'moved.test', records: [{ name: 'mail', type: 'A', value: '198.51.100.26' }] },
  // Blocklist zones: test point 127.0.0.2 listed, 192.0.2.99 listed, everything else not.
  { origin: 'bl.example.test', records: [
    { name: '2.0.0.127', type: 'A', value: '127.0.0.2' },
    { name: '99.2.0.192', type: 'A', value: '127.0.0.4' },
    { name: '99.2.0.192', type: 'TXT', value: 'Listed: infected host, see https://lookup.example.test/' },
    { name: '9.9.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2', type: 'A', value: '127.0.0.2' },
  ] },
  // A list that refuses on its public zone and answers on its key zone (the Spamhaus DQS arrangement).
  { origin: 'keyed.example.test', records: [{ name: '2.0.0.127', type: 'A', value: '127.255.255.254' }, { name: '99.2.0.192', type: 'A', value: '127.255.255.254' }] },
  { origin: 'abc123.keyed.dq.example.test', records: [
    { name: '2.0.0.127', type: 'A', value: '127.0.0.2' },
    { name: '99.2.0.192', type: 'A', value: '127.0.0.2' },
  ] },
  { origin: 'refusing.example.test', records: [
    { name: '2.0.0.127', type: 'A', value: '127.255.255.254' },
    { name: '99.2.0.192', type: 'A', value: '127.255.255.254' },
    { name: '25.2.0.192', type: 'A', value: '127.255.255.254' },
  ] },
  { origin: 'timeout.example.test', records: [{ name: '2.0.0.127', type: 'A', value: '127.0.0.2' }] },
  { origin: 'brokenbl.example.test', records: [{ name: '2.0.0.127', type: 'A', value: '127.0.0.2' }] },
  // A list the resolver answers "no such name" for everything, as public resolvers do for Spamhaus.
  { origin: 'silent.example.test', records: [] },
  { origin: 'dbl.example.test', records: [
    { name: 'dbltest.test', type: 'A', value: '127.0.1.2' },
    { name: 'spammy.test', type: 'A', value: '127.0.1.2' },
  ] },
];

function testList(over: Partial<BlocklistInfo> & { id: string; zone: string }): BlocklistInfo {
  return {
    name: over.id, kind: 'ip', rank: 1, usedBy: 'Test filters.',
    returnCodes: { '127.0.0.2': 'listed for spam', '127.0.0.4': 'infected host' },
    refusedCodes: { '127.255.255.254': 'refused: query through a public resolver' },
    ipv6: false, testName: `2.0.0.127.${over.zone}`,
    lookupUrl: (t) => `https://lookup.example.test/?q=${t}`, delistUrl: 'https://delist.example.test/', delistHow: 'Ask for removal.',
    textPatterns: [],
    ...over,
  };
}
const BL = testList({ id: 'bl', zone: 'bl.example.test' });
const KEYED = testList({
  id: 'keyed', zone: 'keyed.example.test', needsKey: 'spamhaus-dqs',
  dqsZone: (key) => (/^[a-z0-9]{1,64}$/.test(key) ? `${key}.keyed.dq.example.test` : ''),
});
const REFUSING = testList({ id: 'refusing', zone: 'refusing.example.test', rank: 2 });
const TIMEOUT = testList({ id: 'timeout', zone: 'timeout.example.test', rank: 3 });
const BROKEN = testList({ id: 'broken', zone: 'brokenbl.example.test', rank: 4 });
const DBL = testList({ id: 'dbl', zone: 'dbl.example.test', kind: 'domain', testName: 'dbltest.test.dbl.example.test', returnCodes: { '127.0.1.2': 'low-reputation domain' } });

describe('MX, reverse DNS and blocklist checks on the real local DoH server', () => {
  let stack: DnsStack;
  const resolver = () => createDohResolver({ providers: [stack.dohUrl], timeoutMs: RESOLVER_TIMEOUT_MS });

  beforeAll(async () => {
    stack = await startDnsStack({
      zones,
      faults: {
        servfail: ['mxfail.test', '28.2.0.192.in-addr.arpa', '99.2.0.192.brokenbl.example.test'],
        refused: ['29.2.0.192.in-addr.arpa'],
        drop: ['99.2.0.192.timeout.example.test'],
      },
    });
  });
  afterAll(async () => { await stack?.stop(); });

  describe('checkMx', () => {
    it('passes a domain with two resolving MX hosts, by preference', async () => {
      const r = await checkMx(resolver(), { domain: 'good.test' });
      expect(r.status).toBe('pass');
      expect(r.data?.exchanges.map((e) => [e.preference, e.host, e.addresses])).toEqual([
        [10, 'mx1.good.test', ['192.0.2.25', '2001:db8::25']],
        [20, 'mx2.good.test', ['192.0.2.26']],
      ]);
      expect(r.queries[0]?.resolver).toBe(stack.dohUrl);
    });

    it('fails a null MX', async () => {
      const r = await checkMx(resolver(), { domain: 'nullmx.test' });
      expect(r.status).toBe('fail');
      expect(r.data?.routing).toBe('null-mx');
    });

    it('warns about an implicit MX', async () => {
      const r = await checkMx(resolver(), { domain: 'implicit.test' });
      expect(r.status).toBe('warning');
      expect(r.data).toMatchObject({ routing: 'implicit', implicitAddresses: ['192.0.2.30'] });
    });

    it('fails a domain with no mail host, and one that does not exist', async () => {
      expect((await checkMx(resolver(), { domain: 'nomail.test' })).data?.routing).toBe('none');
      const gone = await checkMx(resolver(), { domain: 'nowhere.good.test' });
      expect(gone.status).toBe('fail');
      expect(gone.data?.routing).toBe('nxdomain');
    });

    it('flags a stale MX when the bounce came from the old provider', async () => {
      const r = await checkMx(resolver(), { domain: 'migrated.test', answeredBy: 'dns; mx.oldprovider.test' });
      expect(r.status).toBe('warning');
      expect(r.data?.answeredBy?.match).toBe('not-current');
      expect(r.findings.map((f) => f.code)).toEqual(['mx.stale']);
    });

    it('fails an MX that names an IP address', async () => {
      const r = await checkMx(resolver(), { domain: 'literal.test' });
      expect(r.status).toBe('fail');
      expect(r.data?.exchanges[0]).toMatchObject({ host: '192.0.2.40', state: 'ip-literal' });
    });

    it('warns about an MX that is a CNAME', async () => {
      const r = await checkMx(resolver(), { domain: 'alias.test' });
      expect(r.status).toBe('warning');
      expect(r.data?.exchanges[0]?.cnameChain).toEqual(['real.alias.test']);
    });

    it('is could-not-check on SERVFAIL for the MX lookup, with the raw answer', async () => {
      const r = await checkMx(resolver(), { domain: 'mxfail.test' });
      expect(r.status).toBe('could-not-check');
      expect(r.queries[0]?.outcome).toBe('error: servfail');
      expect(r.queries[0]?.raw.status).toBe('error');
    });
  });

  describe('checkReverseDns', () => {
    it('passes a forward-confirmed PTR', async () => {
      const r = await checkReverseDns(resolver(), { ip: '192.0.2.25' });
      expect(r.status).toBe('pass');
      expect(r.data?.names[0]).toMatchObject({ name: 'mail.good.test', forward: 'confirmed' });
    });

    it('passes a forward-confirmed IPv6 PTR (ip6.arpa nibbles, AAAA)', async () => {
      const r = await checkReverseDns(resolver(), { ip: '2001:db8::25' });
      expect(r.status).toBe('pass');
      expect(r.queries.map((q) => q.type)).toEqual(['PTR', 'AAAA']);
    });

    it('fails a missing PTR and a mismatched one', async () => {
      const missing = await checkReverseDns(resolver(), { ip: '192.0.2.27' });
      expect(missing.status).toBe('fail');
      expect(missing.findings.map((f) => f.code)).toEqual(['reverse-dns.missing']);
      const mismatched = await checkReverseDns(resolver(), { ip: '192.0.2.26' });
      expect(mismatched.status).toBe('fail');
      expect(mismatched.data?.names[0]).toMatchObject({ name: 'mail.moved.test', forward: 'mismatch', addresses: ['198.51.100.26'] });
    });

    it('is could-not-check on SERVFAIL and REFUSED', async () => {
      for (const ip of ['192.0.2.28', '192.0.2.29']) {
        const r = await checkReverseDns(resolver(), { ip });
        expect(r.status, ip).toBe('could-not-check');
        expect(r.queries[0]?.outcome, ip).toMatch(/^error: /);
      }
    });
  });

  describe('blocklists', () => {
    it('fails a listed IP with the documented meaning and the TXT reason', async () => {
      const r = await checkIpBlocklists(resolver(), { ip: '192.0.2.99', lists: [BL], timeoutMs: LIST_TIMEOUT_MS });
      expect(r.status).toBe('fail');
      expect(r.data?.lists[0]).toMatchObject({ verdict: 'listed', answer: ['127.0.0.4'], meaning: 'infected host', txt: 'Listed: infected host, see https://lookup.example.test/' });
    });

    it('passes an IP that every list answers "not listed" for', async () => {
      const r = await checkIpBlocklists(resolver(), { ip: '192.0.2.25', lists: [BL], timeoutMs: LIST_TIMEOUT_MS });
      expect(r.status).toBe('pass');
      expect(r.data?.lists[0]?.testPoint?.working).toBe(true);
    });

    it('fails a listed IPv6 address (reversed nibbles)', async () => {
      const r = await checkIpBlocklists(resolver(), { ip: '2001:db8::99', lists: [{ ...BL, ipv6: true }], timeoutMs: LIST_TIMEOUT_MS });
      expect(r.status).toBe('fail');
      expect(r.data?.lists[0]?.query).toBe('9.9.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.bl.example.test');
    });

    it('says a key is needed for a list that refuses the resolver, and works with the key zone', async () => {
      const without = await checkIpBlocklists(resolver(), { ip: '192.0.2.99', lists: [KEYED], timeoutMs: LIST_TIMEOUT_MS });
      expect(without.status).toBe('could-not-check');
      expect(without.findings.map((f) => f.code)).toContain('blocklist.needs-dqs-key');
      const withKey = await checkIpBlocklists(resolver(), { ip: '192.0.2.99', lists: [KEYED], dqsKey: 'abc123', timeoutMs: LIST_TIMEOUT_MS });
      expect(withKey.status).toBe('fail');
      // The lookup used the key (the key zone answered "listed"); the evidence shows <DQS key> instead.
      expect(withKey.data?.lists[0]?.query).toBe('99.2.0.192.<DQS key>.keyed.dq.example.test');
      expect(withKey.queries.map((q) => q.dig)).toContain('dig +short A 99.2.0.192.<DQS key>.keyed.dq.example.test');
      expect(JSON.stringify(withKey)).not.toMatch(/abc123/i);
    });

    it('fails a listed domain', async () => {
      const r = await checkDomainBlocklists(resolver(), { domain: 'spammy.test', lists: [DBL], timeoutMs: LIST_TIMEOUT_MS });
      expect(r.status).toBe('fail');
      expect(r.data?.lists[0]).toMatchObject({ verdict: 'listed', meaning: 'low-reputation domain' });
      const clean = await checkDomainBlocklists(resolver(), { domain: 'good.test', lists: [DBL], timeoutMs: LIST_TIMEOUT_MS });
      expect(clean.status).toBe('pass');
    });

    it('is could-not-check for a refused answer (127.255.255.254)', async () => {
      const r = await checkIpBlocklists(resolver(), { ip: '192.0.2.25', lists: [REFUSING], timeoutMs: LIST_TIMEOUT_MS });
      expect(r.status).toBe('could-not-check');
      expect(r.data?.lists[0]).toMatchObject({ verdict: 'could-not-check', answer: ['127.255.255.254'] });
    });

    it('is could-not-check for a list that times out, and for SERVFAIL, while other lists still answer', async () => {
      const r = await checkIpBlocklists(resolver(), { ip: '192.0.2.99', lists: [TIMEOUT, BROKEN], timeoutMs: LIST_TIMEOUT_MS });
      expect(r.status).toBe('could-not-check');
      expect(r.data?.lists.map((l) => [l.id, l.verdict, l.outcome])).toEqual([
        ['timeout', 'could-not-check', 'error: timeout'],
        ['broken', 'could-not-check', 'error: servfail'],
      ]);
      const mixed = await checkIpBlocklists(resolver(), { ip: '192.0.2.99', lists: [BL, TIMEOUT], timeoutMs: LIST_TIMEOUT_MS });
      expect(mixed.status).toBe('fail');
    });

    it('is could-not-check, not "not listed", when the list answers NXDOMAIN even for its test point', async () => {
      const silent = testList({ id: 'silent', zone: 'silent.example.test' });
      const r = await checkIpBlocklists(resolver(), { ip: '192.0.2.25', lists: [BL, silent], timeoutMs: LIST_TIMEOUT_MS });
      expect(r.status).toBe('could-not-check');
      expect(r.data?.lists[1]).toMatchObject({ verdict: 'could-not-check', outcome: 'nxdomain', testPoint: { outcome: 'nxdomain', working: false } });
      expect(r.data?.lists[1]?.meaning).toContain('does not answer through your resolver');
      expect(r.data?.couldNotCheck).toEqual(['silent']);
    });

    it('is could-not-check when the resolver refuses the list zone', async () => {
      const hidden = testList({ id: 'hidden', zone: 'hidden.example.test' });
      const r = await checkIpBlocklists(resolver(), { ip: '192.0.2.25', lists: [hidden], timeoutMs: LIST_TIMEOUT_MS });
      expect(r.status).toBe('could-not-check');
      expect(r.data?.lists[0]?.testPoint?.working).toBe(false);
    });
  });
});
