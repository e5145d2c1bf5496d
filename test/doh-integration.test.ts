/**
 * The DoH client and the SPF evaluator against a REAL DNS server on 127.0.0.1: nsd serving the zones
 * below, dnsdist answering RFC 8484 DoH in front of it, and the harness's HTTP front for delays, drops,
 * HTTP errors and garbage bodies (test/dns-server/). Every answer here came over HTTP from those daemons.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDnsStack, type DnsStack, type Zone } from './dns-server/stack.ts';
import { createDohResolver } from '../src/core/dns/doh.ts';
import type { FetchLike } from '../src/core/dns/doh-exchange.ts';
import type { DnsRecord, DnsResult } from '../src/core/dns/types.ts';
import { checkHost, checkSpf } from '../src/core/check/spf/index.ts';
import { matchedPath } from '../src/core/check/spf/tree.ts';

const LARGE_TXT = `v=DKIM1; k=rsa; p=${'B'.repeat(1900)}`;
/** Names under slow.example.test are answered after SLOW_MS by the front. */
const SLOW_MS = 600;
const PARALLEL_NAMES = 12;

const zones: Zone[] = [
  {
    origin: 'example.test',
    records: [
      { name: '@', type: 'A', value: '192.0.2.10' },
      { name: '@', type: 'AAAA', value: '2001:db8::10' },
      { name: '@', type: 'MX', value: '10 mx1.example.test' },
      { name: '@', type: 'MX', value: '20 mx2.example.test' },
      { name: '@', type: 'TXT', value: ['v=spf1 include:_spf.example.test ', '-all'] },
      { name: '_spf', type: 'TXT', value: 'v=spf1 include:_spf.mail.example.net ~all' },
      { name: 'mx1', type: 'A', value: '192.0.2.25' },
      { name: 'mx2', type: 'A', value: '192.0.2.26' },
      { name: 'big', type: 'TXT', value: LARGE_TXT },
      { name: 'www', type: 'CNAME', value: 'alias.example.test' },
      { name: 'alias', type: 'CNAME', value: 'example.test' },
      { name: 'out', type: 'CNAME', value: 'host.example.net' },
      { name: 'loop1', type: 'CNAME', value: 'loop2.example.test' },
      { name: 'loop2', type: 'CNAME', value: 'loop1.example.test' },
      { name: 'broken', type: 'A', value: '192.0.2.66' },
      { name: 'refuse', type: 'A', value: '192.0.2.67' },
      { name: 'hole', type: 'A', value: '192.0.2.68' },
      { name: 'spf-broken', type: 'TXT', value: 'v=spf1 include:broken.example.test -all' },
      ...Array.from({ length: PARALLEL_NAMES }, (_, i) => ({ name: `n${i}.slow`, type: 'A' as const, value: `198.51.100.${i + 1}` })),
    ],
  },
  {
    origin: 'example.net',
    records: [
      { name: 'host', type: 'A', value: '203.0.113.200' },
      { name: '_spf.mail', type: 'TXT', value: 'v=spf1 include:_netblocks.mail.example.net ip4:198.51.100.0/26 ?all' },
      { name: '_netblocks.mail', type: 'TXT', value: 'v=spf1 ip4:203.0.113.0/25 ip6:2001:db8:25::/48 a:host.example.net -all' },
    ],
  },
  { origin: '2.0.192.in-addr.arpa', records: [{ name: '25', type: 'PTR', value: 'mx1.example.test' }] },
];

const addresses = (r: DnsResult) => (r.status === 'ok' ? r.records.map((x: DnsRecord) => ('address' in x ? x.address : '')) : []);

/** A fetch that counts requests and the most in flight at once: measured where the requests leave. */
function countingFetch(): { fetch: FetchLike; requests: () => number; peak: () => number } {
  let inFlight = 0;
  let peak = 0;
  let requests = 0;
  return {
    fetch: async (url, init) => {
      requests++;
      inFlight++;
      peak = Math.max(peak, inFlight);
      try {
        return await globalThis.fetch(url, init);
      } finally {
        inFlight--;
      }
    },
    requests: () => requests,
    peak: () => peak,
  };
}

describe('DoH client and SPF against the local nsd + dnsdist DoH server', () => {
  let stack: DnsStack;
  beforeAll(async () => {
    stack = await startDnsStack({
      zones,
      faults: {
        servfail: ['broken.example.test'],
        refused: ['refuse.example.test'],
        nxdomain: ['gone.example.test'],
        drop: ['hole.example.test'],
        slow: [{ name: 'slow.example.test', delayMs: SLOW_MS }],
      },
    });
  });
  afterAll(async () => { await stack?.stop(); });

  const resolver = (extra: Parameters<typeof createDohResolver>[0] = {}) =>
    createDohResolver({ providers: [stack.dohUrl], timeoutMs: 5_000, ...extra });

  it('reads records of every type', async () => {
    const r = resolver();
    expect(addresses(await r.query('example.test', 'A'))).toEqual(['192.0.2.10']);
    expect(addresses(await r.query('example.test', 'AAAA'))).toEqual(['2001:db8::10']);
    const mx = await r.query('example.test', 'MX');
    expect(mx.status === 'ok' && mx.records.map((x) => x.type === 'MX' && [x.preference, x.exchange]).sort()).toEqual([[10, 'mx1.example.test'], [20, 'mx2.example.test']]);
    const txt = await r.query('example.test', 'TXT');
    expect(txt.status === 'ok' && txt.records[0]).toMatchObject({ strings: ['v=spf1 include:_spf.example.test ', '-all'], text: 'v=spf1 include:_spf.example.test -all' });
    const ptr = await r.query('25.2.0.192.in-addr.arpa', 'PTR');
    expect(ptr.status === 'ok' && ptr.records[0]).toMatchObject({ type: 'PTR', target: 'mx1.example.test' });
    const cname = await r.query('www.example.test', 'CNAME');
    expect(cname.status === 'ok' && cname.records[0]).toMatchObject({ type: 'CNAME', target: 'alias.example.test' });
    const ns = await r.query('example.test', 'NS');
    expect(ns.status).toBe('ok');
    const soa = await r.query('example.test', 'SOA');
    expect(soa.status === 'ok' && soa.records[0]?.type).toBe('SOA');
    expect(txt.resolver).toBe(stack.dohUrl);
  });

  it('follows CNAME chains, inside the zone and to a name the server did not include', async () => {
    const r = resolver();
    const www = await r.query('www.example.test', 'A');
    expect(addresses(www)).toEqual(['192.0.2.10']);
    expect(www.cnameChain).toEqual(['alias.example.test', 'example.test']);
    // nsd is authoritative only: it returns the CNAME to example.net and the client asks for the target.
    const out = await r.query('out.example.test', 'A');
    expect(addresses(out)).toEqual(['203.0.113.200']);
    expect(out.cnameChain).toEqual(['host.example.net']);
    const loop = await r.query('loop1.example.test', 'A');
    expect(loop.status === 'error' && loop.error.kind).toBe('cname-loop');
  });

  it('tells NXDOMAIN, NODATA, SERVFAIL and REFUSED apart', async () => {
    const r = resolver();
    expect((await r.query('nothing.example.test', 'A')).status).toBe('nxdomain');
    expect((await r.query('gone.example.test', 'A')).status).toBe('nxdomain');
    expect((await r.query('mx1.example.test', 'TXT')).status).toBe('nodata');
    const servfail = await r.query('broken.example.test', 'A');
    expect(servfail.status === 'error' && servfail.error.kind).toBe('servfail');
    expect(servfail.resolver).toBe(stack.dohUrl);
    const refused = await r.query('refuse.example.test', 'A');
    expect(refused.status === 'error' && refused.error.kind).toBe('refused');
  });

  it('reads a large TXT record (split into 255-byte strings) by GET and by POST', async () => {
    for (const method of ['GET', 'POST'] as const) {
      const big = await resolver({ method }).query('big.example.test', 'TXT');
      expect(big.status).toBe('ok');
      if (big.status !== 'ok' || big.records[0]?.type !== 'TXT') throw new Error('no TXT');
      expect(big.records[0].strings.length).toBe(Math.ceil(LARGE_TXT.length / 255));
      expect(big.records[0].text).toBe(LARGE_TXT);
    }
  });

  it('times out a slow answer and a dropped one', async () => {
    const r = resolver({ timeoutMs: 200, cache: false });
    const slow = await r.query('n0.slow.example.test', 'A');
    expect(slow.status === 'error' && slow.error).toMatchObject({ kind: 'timeout' });
    const dropped = await r.query('hole.example.test', 'A');
    expect(dropped.status === 'error' && dropped.error.kind).toBe('timeout');
    // The same slow name within a long enough timeout is answered.
    expect(addresses(await resolver({ timeoutMs: 5_000 }).query('n0.slow.example.test', 'A'))).toEqual(['198.51.100.1']);
  });

  it('reports HTTP errors and garbage bodies as typed failures', async () => {
    for (const status of [400, 413, 415, 429, 500, 503]) {
      const r = await createDohResolver({ providers: [stack.httpErrorUrl(status)] }).query('example.test', 'A');
      expect(r.status === 'error' && r.error).toMatchObject({ kind: 'http', status });
      expect(r.resolver).toBeNull();
    }
    const garbage = await createDohResolver({ providers: [stack.garbageUrl] }).query('example.test', 'A');
    expect(garbage.status === 'error' && garbage.error.kind).toBe('malformed');
    const closed = await createDohResolver({ providers: ['http://127.0.0.1:1/dns-query'] }).query('example.test', 'A');
    expect(closed.status === 'error' && closed.error.kind).toBe('network');
  });

  it('falls back from failing providers to the working one and says which answered', async () => {
    const answers: Array<string | null> = [];
    const r = createDohResolver({
      providers: ['http://127.0.0.1:1/dns-query', stack.httpErrorUrl(503), stack.garbageUrl, stack.dohUrl],
      onAnswer: (e) => answers.push(e.provider),
    });
    const a = await r.query('example.test', 'A');
    expect(addresses(a)).toEqual(['192.0.2.10']);
    expect(a.resolver).toBe(stack.dohUrl);
    expect(r.lastResolver()).toBe(stack.dohUrl);
    expect(answers).toEqual([stack.dohUrl]);
    // NXDOMAIN is an answer: no fallback to another provider.
    const counted = countingFetch();
    const two = createDohResolver({ providers: [stack.dohUrl, stack.directDohUrl], fetch: counted.fetch });
    expect((await two.query('nothing.example.test', 'A')).status).toBe('nxdomain');
    expect(counted.requests()).toBe(1);
  });

  it('merges identical lookups in flight and answers repeats from the cache', async () => {
    const counted = countingFetch();
    const r = resolver({ fetch: counted.fetch });
    const results = await Promise.all(Array.from({ length: 5 }, () => r.query('n1.slow.example.test', 'A')));
    expect(results.map(addresses)).toEqual(Array.from({ length: 5 }, () => ['198.51.100.2']));
    expect(counted.requests()).toBe(1);
    const again = await r.query('N1.Slow.Example.Test.', 'A');
    expect(again.elapsedMs).toBe(0);
    expect(counted.requests()).toBe(1);
  });

  it('never has more requests in flight than the cap', async () => {
    const counted = countingFetch();
    const r = resolver({ fetch: counted.fetch, maxConcurrent: 4 });
    const names = Array.from({ length: PARALLEL_NAMES }, (_, i) => `n${i}.slow.example.test`);
    const results = await Promise.all(names.map((n) => r.query(n, 'A')));
    expect(results.every((x) => x.status === 'ok')).toBe(true);
    expect(counted.requests()).toBe(PARALLEL_NAMES);
    expect(counted.peak()).toBe(4);
  });

  it('evaluates an SPF record with a three-level include chain through DoH', async () => {
    const input = { domain: 'example.test', sender: 'bounce@example.test', helo: 'mail.example.test' };
    const pass = await checkHost(resolver(), { ...input, ip: '203.0.113.9' });
    expect(pass.result).toBe('pass');
    expect(matchedPath(pass.tree).map((t) => t.text)).toEqual([
      'include:_spf.example.test', 'include:_spf.mail.example.net', 'include:_netblocks.mail.example.net', 'ip4:203.0.113.0/25',
    ]);
    expect(pass.lookups).toBe(3);
    const viaA = await checkHost(resolver(), { ...input, ip: '203.0.113.200' });
    expect(viaA.result).toBe('pass');
    expect(viaA.lookups).toBe(4);
    const fail = await checkHost(resolver(), { ...input, ip: '192.0.2.200' });
    expect(fail.result).toBe('fail');
    const ip6 = await checkHost(resolver(), { ...input, ip: '2001:db8:25::7' });
    expect(ip6.result).toBe('pass');

    const check = await checkSpf(resolver(), { domain: 'example.test', ip: '192.0.2.200' });
    expect(check.status).toBe('fail');
    expect(check.queries.every((q) => q.resolver === stack.dohUrl)).toBe(true);
    expect(check.data?.walk.lookups).toBe(4);
  });

  it('makes SPF could-not-check when a lookup fails on the server', async () => {
    const check = await checkSpf(resolver(), { domain: 'spf-broken.example.test', ip: '192.0.2.1' });
    expect(check.status).toBe('could-not-check');
    expect(check.queries.find((q) => q.name === 'broken.example.test')?.outcome).toBe('error: servfail');
  });
});
