/** SPF evaluation tree, limits, warnings and the check's status mapping, over in-memory zones. */
import { describe, expect, it } from 'vitest';
import { withCache } from '../../dns/cache.ts';
import { createMemoryResolver, type MemoryZones } from '../../dns/memory.ts';
import { waveResolver } from '../../dns/wave-resolver.ts';
import { checkHost } from './check-host.ts';
import { checkSpf } from './check-spf.ts';
import { matchedPath } from './tree.ts';

const txt = (...strings: string[]) => ({ type: 'TXT' as const, strings });

const zones: MemoryZones = {
  'example.test': { records: [txt('v=spf1 include:_spf.example.test mx -all exp=why.example.test'), { type: 'MX', preference: 10, exchange: 'mx.example.test' }] },
  '_spf.example.test': { records: [txt('v=spf1 include:_spf2.example.test ip4:192.0.2.0/25')] },
  '_spf2.example.test': { records: [txt('v=spf1 ip6:2001:db8::/32 a:host.example.test/30')] },
  'host.example.test': { records: [{ type: 'A', address: '198.51.100.4' }] },
  'mx.example.test': { records: [{ type: 'A', address: '203.0.113.25' }] },
  'why.example.test': { records: [txt('%{i} is not allowed to send for %{d}')] },
  'loose.example.test': { records: [txt('v=spf1 ptr a:nothing.example.test +all')] },
  'many.example.test': { records: [txt(`v=spf1 ${Array.from({ length: 12 }, (_, i) => `include:i${i}.example.test`).join(' ')} -all`)] },
  ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`i${i}.example.test`, { records: [txt('v=spf1 ip4:192.0.2.200')] }])),
  'loop.example.test': { records: [txt('v=spf1 include:loop2.example.test -all')] },
  'loop2.example.test': { records: [txt('v=spf1 include:loop.example.test')] },
  'twice.example.test': { records: [txt('v=spf1 -all'), txt('v=spf1 ~all'), txt('spf2.0/pra -all')] },
  'dnsdown.example.test': { records: [txt('v=spf1 include:dead.example.test -all')] },
  'dead.example.test': { rcode: 'SERVFAIL' },
};

describe('checkHost evaluation tree', () => {
  it('passes through a three-level include chain and shows the path and the running lookup count', async () => {
    const r = await checkHost(createMemoryResolver(zones), { ip: '198.51.100.6', domain: 'example.test', sender: 'a@example.test', helo: 'mail.example.test' });
    expect(r.result).toBe('pass');
    expect(r.lookups).toBe(3);
    expect(matchedPath(r.tree).map((t) => t.text)).toEqual(['include:_spf.example.test', 'include:_spf2.example.test', 'a:host.example.test/30']);
    const include = r.tree.terms[0]!;
    expect(include.lookupsAfter).toBe(3);
    expect(include.child?.terms[0]?.child?.terms[1]).toMatchObject({ target: 'host.example.test', matched: true, cidr4: 30, lookupsAfter: 3 });
    expect(r.tree.terms[1]).toMatchObject({ text: 'mx', evaluated: false, matched: null });
  });

  it('fails with the exp= explanation, macro-expanded', async () => {
    const r = await checkHost(createMemoryResolver(zones), { ip: '192.0.2.200', domain: 'example.test', sender: 'a@example.test', helo: 'x.example.test' });
    expect(r.result).toBe('fail');
    expect(r.explanation).toBe('192.0.2.200 is not allowed to send for example.test');
    expect(r.lookups).toBe(4);
  });

  it('returns permerror past 10 lookups and temperror on a DNS failure', async () => {
    const many = await checkHost(createMemoryResolver(zones), { ip: '203.0.113.1', domain: 'many.example.test', sender: '', helo: 'many.example.test' });
    expect(many.result).toBe('permerror');
    expect(many.lookups).toBe(11);
    const down = await checkHost(createMemoryResolver(zones), { ip: '203.0.113.1', domain: 'dnsdown.example.test', sender: '', helo: 'x.example.test' });
    expect(down.result).toBe('temperror');
    expect(down.reason).toMatch(/SERVFAIL/);
  });

  it('records the warnings of record checkers', async () => {
    const loose = await checkHost(createMemoryResolver(zones), { ip: '203.0.113.1', domain: 'loose.example.test', sender: '', helo: 'x.example.test' });
    expect(loose.result).toBe('pass');
    const codes = loose.warnings.map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(['spf.ptr-used', 'spf.pass-all', 'spf.void-lookups']));
    expect(loose.voidLookups).toBe(2);
    const twice = await checkHost(createMemoryResolver(zones), { ip: '203.0.113.1', domain: 'twice.example.test', sender: '', helo: 'x.example.test' });
    expect(twice.result).toBe('permerror');
    expect(twice.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['spf.multiple-records', 'spf.spf2-record']));
  });

  it('walks the whole tree without an IP, detecting an include loop', async () => {
    const walk = await checkHost(createMemoryResolver(zones), { ip: '', domain: 'loop.example.test', sender: '', helo: 'x.example.test' }, { walkAll: true });
    expect(walk.warnings.map((w) => w.code)).toContain('spf.include-loop');
    expect(walk.lookups).toBe(2);
    const many = await checkHost(createMemoryResolver(zones), { ip: '', domain: 'many.example.test', sender: '', helo: 'x' }, { walkAll: true });
    expect(many.lookups).toBe(12);
    expect(many.result).toBe('permerror');
    expect(many.warnings.map((w) => w.code)).toContain('spf.lookups-over-limit');
  });
});

describe('checkSpf', () => {
  it('maps pass, fail and permerror, with evidence of every lookup', async () => {
    const resolver = createMemoryResolver(zones);
    const pass = await checkSpf(resolver, { domain: 'example.test', ip: '192.0.2.9' });
    expect(pass.status).toBe('pass');
    expect(pass.queries.map((q) => `${q.type} ${q.name}`)).toEqual(expect.arrayContaining(['TXT example.test', 'TXT _spf.example.test']));
    const fail = await checkSpf(resolver, { domain: 'example.test', ip: '192.0.2.200' });
    expect(fail.status).toBe('fail');
    expect(fail.findings[0]).toMatchObject({ code: 'spf.fail' });
    expect(fail.findings[0]!.fix).toContain('ip4:192.0.2.200');
    const broken = await checkSpf(resolver, { domain: 'many.example.test', ip: '203.0.113.1' });
    expect(broken.status).toBe('fail');
    expect(broken.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['spf.permerror', 'spf.lookups-over-limit']));
  });

  it('says could-not-check, with the raw SERVFAIL, when a lookup fails', async () => {
    const r = await checkSpf(createMemoryResolver(zones), { domain: 'dnsdown.example.test', ip: '203.0.113.1' });
    expect(r.status).toBe('could-not-check');
    const dead = r.queries.find((q) => q.name === 'dead.example.test');
    expect(dead?.outcome).toBe('error: servfail');
  });

  it('judges the record alone when no IP is known', async () => {
    const healthy = await checkSpf(createMemoryResolver(zones), { domain: 'example.test' });
    expect(healthy.status).toBe('pass');
    expect(healthy.data?.walk.lookups).toBe(4);
    expect(healthy.data?.evaluation).toBeUndefined();
    const none = await checkSpf(createMemoryResolver(zones), { domain: 'mx.example.test' });
    expect(none.status).toBe('warning');
    expect(none.findings[0]?.code).toBe('spf.none');
    const loose = await checkSpf(createMemoryResolver(zones), { domain: 'loose.example.test' });
    expect(loose.status).toBe('fail');
  });
});

describe('checkHost on hostile records', () => {
  it('always returns one of the seven results, for random records built from SPF-like pieces', async () => {
    const pieces = ['v=spf1', ' ', 'include:', 'a', 'mx', 'ptr', 'exists:', 'ip4:', 'ip6:', 'redirect=', 'exp=', '%{', '}', '%', 'ir', 'l2r-', '.', 'example.test',
      '/', '//', '24', '0', '129', '-', '~', '?', '+', 'all', ':', '=', '192.0.2.1', '::1', 'x.example.test', 'é', '\t', 'v=spf1 '];
    let seed = 42;
    const next = () => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed; };
    const results = new Set<string>();
    for (let n = 0; n < 300; n++) {
      let record = 'v=spf1 ';
      const count = next() % 12;
      for (let i = 0; i < count; i++) record += pieces[next() % pieces.length];
      const zonesForCase: MemoryZones = {
        'fuzz.example.test': { records: [txt(record)] },
        'x.example.test': { records: [txt('v=spf1 include:fuzz.example.test ?all'), { type: 'A', address: '192.0.2.1' }] },
      };
      const r = await checkHost(createMemoryResolver(zonesForCase), { ip: n % 2 ? '192.0.2.1' : '2001:db8::1', domain: 'fuzz.example.test', sender: 'a@fuzz.example.test', helo: 'x.example.test' });
      expect(['pass', 'fail', 'softfail', 'neutral', 'none', 'permerror', 'temperror']).toContain(r.result);
      expect(r.lookups).toBeLessThanOrEqual(11);
      results.add(r.result);
      const walk = await checkHost(createMemoryResolver(zonesForCase), { ip: '', domain: 'fuzz.example.test', sender: '', helo: 'x.example.test' }, { walkAll: true });
      expect(walk.lookups).toBeLessThanOrEqual(41);
    }
    expect(results.has('permerror')).toBe(true);
    expect(results.size).toBeGreaterThanOrEqual(2);
  });
});

describe('the record-health walk', () => {
  const wide: MemoryZones = {
    'wide.example.test': { records: [txt('v=spf1 include:a.example.test include:b.example.test mx:m.example.test redirect=r.example.test')] },
    'a.example.test': { records: [txt('v=spf1 include:a2.example.test')] },
    'a2.example.test': { records: [txt('v=spf1 ip4:192.0.2.1 -all')] },
    'b.example.test': { records: [txt('v=spf1 include:b2.example.test a:%{i}.x.example.test')] },
    'b2.example.test': { records: [txt('v=spf1 a:h.example.test')] },
    'h.example.test': { records: [{ type: 'A', address: '198.51.100.9' }] },
    'm.example.test': { records: [{ type: 'MX', preference: 10, exchange: 'mx.example.test' }] },
    'mx.example.test': { records: [{ type: 'A', address: '203.0.113.9' }] },
    'r.example.test': { records: [txt('v=spf1 ip4:192.0.2.0/24 -all')] },
  };

  it('costs as many round trips as the deepest chain, not the sum of the chains, with the same result', async () => {
    const { resolver, stats } = waveResolver(createMemoryResolver(wide));
    const cached = withCache(resolver);
    const r = await checkSpf(cached, { domain: 'wide.example.test' });
    // Deepest chains: wide -> a -> a2, wide -> b -> b2 -> h, wide -> m -> mx: four lookups, each after the one before.
    expect(stats.waves).toBe(4);
    const oneByOne = await checkSpf(createMemoryResolver(wide), { domain: 'wide.example.test' });
    expect(r.status).toBe(oneByOne.status);
    expect(r.findings).toEqual(oneByOne.findings);
    expect(r.data?.walk.lookups).toBe(oneByOne.data?.walk.lookups);
    expect(r.queries.map((q) => `${q.type} ${q.name}`)).toEqual(oneByOne.queries.map((q) => `${q.type} ${q.name}`));
  });

  it('asks ahead only literal targets: a target with macros is never guessed at', async () => {
    const asked: string[] = [];
    await checkSpf(createMemoryResolver(wide, { onQuery: (n) => asked.push(n) }), { domain: 'wide.example.test' });
    expect(asked.some((n) => n.includes('%') || n.endsWith('.x.example.test'))).toBe(false);
  });
});
