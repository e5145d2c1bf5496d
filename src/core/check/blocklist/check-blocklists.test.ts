import { describe, expect, it } from 'vitest';
import { createMemoryResolver, type MemoryZones } from '../../dns/memory.ts';
import type { BlocklistInfo } from '../../knowledge/blocklists.ts';
import type { Resolver } from '../../dns/types.ts';
import { checkDomainBlocklists, checkIpBlocklists } from './check-blocklists.ts';

/** A catalog entry with the same semantics as a real list, under a .test zone. */
function testList(over: Partial<BlocklistInfo> & { id: string; zone: string }): BlocklistInfo {
  return {
    name: over.id, kind: 'ip', rank: 1, usedBy: 'Test filters.',
    returnCodes: { '127.0.0.2': 'listed for spam', '127.0.0.4': 'infected host' },
    refusedCodes: { '127.255.255.254': 'refused: query through a public resolver' },
    ipv6: true, testName: `2.0.0.127.${over.zone}`,
    lookupUrl: (t) => `https://lookup.example.test/?q=${t}`, delistUrl: 'https://delist.example.test/', delistHow: 'Ask for removal.',
    textPatterns: [],
    ...over,
  };
}
const a = (address: string) => ({ records: [{ type: 'A' as const, address }] });
const V6 = '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2';

const GOOD = testList({ id: 'good', zone: 'bl.example.test' });
const SECOND = testList({ id: 'second', zone: 'bl2.example.test', rank: 2 });
const REFUSING = testList({ id: 'refusing', zone: 'refusing.example.test' });
const HIDDEN = testList({ id: 'hidden', zone: 'hidden.example.test' });
const SLOW = testList({ id: 'slow', zone: 'slow.example.test' });
const BROKEN = testList({ id: 'broken', zone: 'broken.example.test' });
const OUTSIDE = testList({ id: 'outside', zone: 'outside.example.test' });
const ODD = testList({ id: 'odd', zone: 'odd.example.test' });
const EVERYTHING = testList({ id: 'everything', zone: 'everything.example.test' });
const V4ONLY = testList({ id: 'v4only', zone: 'bl.example.test', ipv6: false, rank: 3 });
const DBL = testList({
  id: 'dbl', zone: 'dbl.example.test', kind: 'domain', testName: 'dbltest.test.dbl.example.test',
  returnCodes: { '127.0.1.2': 'low-reputation domain' }, refusedCodes: { '127.255.255.254': 'refused' },
});
const KEYED = testList({
  id: 'keyed', zone: 'keyed.example.test', needsKey: 'spamhaus-dqs',
  dqsZone: (key) => (/^[a-z0-9]+$/.test(key) ? `${key}.keyed.dq.example.test` : ''),
});

const zones: MemoryZones = {
  '2.0.0.127.bl.example.test': a('127.0.0.2'),
  '1.2.0.192.bl.example.test': { records: [{ type: 'A', address: '127.0.0.4' }, { type: 'TXT', strings: ['Infected host, see https://lookup.example.test/'] }] },
  [`${V6}.bl.example.test`]: a('127.0.0.2'),
  '2.0.0.127.bl2.example.test': a('127.0.0.2'),
  '2.0.0.127.refusing.example.test': a('127.255.255.254'),
  '1.2.0.192.refusing.example.test': a('127.255.255.254'),
  '3.2.0.192.refusing.example.test': a('127.255.255.254'),
  '2.0.0.127.slow.example.test': a('127.0.0.2'),
  '3.2.0.192.slow.example.test': { timeout: true },
  '2.0.0.127.broken.example.test': a('127.0.0.2'),
  '3.2.0.192.broken.example.test': { rcode: 'SERVFAIL' },
  '2.0.0.127.outside.example.test': a('127.0.0.2'),
  '3.2.0.192.outside.example.test': a('198.51.100.1'),
  '2.0.0.127.odd.example.test': a('127.0.0.2'),
  '3.2.0.192.odd.example.test': a('127.0.0.77'),
  '2.0.0.127.everything.example.test': a('127.0.0.2'),
  '1.0.0.127.everything.example.test': a('127.0.0.2'),
  '3.2.0.192.everything.example.test': a('127.0.0.2'),
  'dbltest.test.dbl.example.test': a('127.0.1.2'),
  'spammy.test.dbl.example.test': a('127.0.1.2'),
  '2.0.0.127.keyed.example.test': a('127.255.255.254'),
  '2.0.0.127.abc123.keyed.dq.example.test': a('127.0.0.2'),
};
const resolver = createMemoryResolver(zones);

describe('checkIpBlocklists', () => {
  it('fails a listed IP with the documented meaning, the TXT reason and the pages', async () => {
    const r = await checkIpBlocklists(resolver, { ip: '192.0.2.1', lists: [GOOD, SECOND] });
    expect(r).toMatchObject({ name: 'blocklist-ip', status: 'fail', inputs: { ip: '192.0.2.1' } });
    expect(r.data?.listedOn).toEqual(['good']);
    expect(r.data?.lists[0]).toMatchObject({
      verdict: 'listed', query: '1.2.0.192.bl.example.test', answer: ['127.0.0.4'], meaning: 'infected host',
      txt: 'Infected host, see https://lookup.example.test/', lookupUrl: 'https://lookup.example.test/?q=192.0.2.1',
      delistUrl: 'https://delist.example.test/', testPoint: { query: '2.0.0.127.bl.example.test', working: true },
    });
    expect(r.data?.lists[1]?.verdict).toBe('not-listed');
    expect(r.summary).toBe('192.0.2.1 is listed on 1 of 2 lists: good');
    expect(r.findings[0]?.fix).toContain('https://delist.example.test/');
  });

  it('passes only when every list answered "not listed" with a working test point', async () => {
    const r = await checkIpBlocklists(resolver, { ip: '192.0.2.3', lists: [GOOD, SECOND] });
    expect(r.status).toBe('pass');
    expect(r.data?.lists.map((l) => l.verdict)).toEqual(['not-listed', 'not-listed']);
  });

  it('never reads a refusal (127.255.255.254) as listed or not listed', async () => {
    const r = await checkIpBlocklists(resolver, { ip: '192.0.2.1', lists: [REFUSING] });
    expect(r.status).toBe('could-not-check');
    expect(r.data?.lists[0]).toMatchObject({ verdict: 'could-not-check', answer: ['127.255.255.254'] });
    expect(r.data?.lists[0]?.meaning).toContain('refused');
  });

  it('gives no verdict when the test point is not listed (the list does not answer through this resolver)', async () => {
    const r = await checkIpBlocklists(resolver, { ip: '192.0.2.3', lists: [GOOD, HIDDEN] });
    expect(r.status).toBe('could-not-check');
    expect(r.data?.couldNotCheck).toEqual(['hidden']);
    expect(r.data?.lists[1]?.meaning).toContain('does not answer through your resolver');
    expect(r.summary).toBe('192.0.2.3 is not listed on 1 list; could not check hidden');
  });

  it('words the summary for every combination of verdicts (never "not listed on 0 lists")', async () => {
    const none = await checkIpBlocklists(resolver, { ip: '192.0.2.3', lists: [HIDDEN, REFUSING] });
    expect(none.status).toBe('could-not-check');
    expect(none.summary).toBe('Could not check 192.0.2.3 on any of the 2 lists: hidden, refusing');
    const one = await checkIpBlocklists(resolver, { ip: '192.0.2.3', lists: [HIDDEN] });
    expect(one.summary).toBe('Could not check 192.0.2.3 on hidden: the list gave no verdict');
    const listedAndUnknown = await checkIpBlocklists(resolver, { ip: '192.0.2.1', lists: [GOOD, SECOND, HIDDEN] });
    expect(listedAndUnknown.status).toBe('fail');
    expect(listedAndUnknown.summary).toBe('192.0.2.1 is listed on 1 of 3 lists: good; could not check hidden');
    const clean = await checkIpBlocklists(resolver, { ip: '192.0.2.3', lists: [GOOD, SECOND] });
    expect(clean.summary).toBe('192.0.2.3 is not listed on any of the 2 lists checked');
    const cleanOne = await checkIpBlocklists(resolver, { ip: '192.0.2.3', lists: [GOOD] });
    expect(cleanOne.summary).toBe('192.0.2.3 is not listed on the one list checked');
    const someUnknown = await checkIpBlocklists(resolver, { ip: '192.0.2.3', lists: [GOOD, SECOND, HIDDEN] });
    expect(someUnknown.summary).toBe('192.0.2.3 is not listed on 2 lists; could not check hidden');
    for (const r of [none, one, listedAndUnknown, clean, cleanOne, someUnknown]) expect(r.summary).not.toMatch(/\b0 lists?\b/);
  });

  it('turns timeouts, SERVFAIL, answers outside 127/8 and undocumented codes into could-not-check with the raw answer', async () => {
    for (const list of [SLOW, BROKEN, OUTSIDE, ODD]) {
      const r = await checkIpBlocklists(resolver, { ip: '192.0.2.3', lists: [list] });
      expect(r.status, list.id).toBe('could-not-check');
      expect(r.data?.lists[0]?.answer.length, list.id).toBeGreaterThan(0);
      expect(r.findings[0]?.message, list.id).toContain('Raw answer');
    }
    const outside = await checkIpBlocklists(resolver, { ip: '192.0.2.3', lists: [OUTSIDE] });
    expect(outside.data?.lists[0]?.meaning).toContain('outside 127.0.0.0/8');
  });

  it('gives no verdict for an "ok" answer without an address record', async () => {
    const cnameOnly: Resolver = {
      query: async (name, type) => (name.startsWith('3.2.0.192.')
        ? { status: 'ok', name, type, resolver: 'odd', elapsedMs: 0, cnameChain: [], records: [] }
        : resolver.query(name, type)),
    };
    const r = await checkIpBlocklists(cnameOnly, { ip: '192.0.2.3', lists: [GOOD] });
    expect(r.status).toBe('could-not-check');
    expect(r.data?.lists[0]?.meaning).toContain('no address record');
  });

  it('gives no verdict for a list that answers "listed" for everything (RFC 5782 negative test point)', async () => {
    const r = await checkIpBlocklists(resolver, { ip: '192.0.2.3', lists: [EVERYTHING] });
    expect(r.status).toBe('could-not-check');
    expect(r.data?.lists[0]?.listsEverything).toBe(true);
  });

  it('gives up on a lookup the resolver never finishes', async () => {
    const hanging: Resolver = { query: () => new Promise(() => {}) };
    const r = await checkIpBlocklists(hanging, { ip: '192.0.2.3', lists: [GOOD], timeoutMs: 50 });
    expect(r.status).toBe('could-not-check');
    expect(r.data?.lists[0]?.outcome).toBe('error: timeout');
  });

  it('checks IPv6 by reversed nibbles and skips IPv4-only lists', async () => {
    const r = await checkIpBlocklists(resolver, { ip: '2001:db8::1', lists: [GOOD, V4ONLY] });
    expect(r.status).toBe('fail');
    expect(r.data?.lists[0]?.query).toBe(`${V6}.bl.example.test`);
    expect(r.data?.lists.find((l) => l.id === 'v4only')?.verdict).toBe('not-applicable');
    expect(r.data?.ipVersion).toBe(6);
  });

  it('queries the lists in parallel', async () => {
    let inFlight = 0;
    let peak = 0;
    const slowMemory: Resolver = {
      async query(name, type) {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise((r) => setTimeout(r, 10));
        inFlight--;
        return resolver.query(name, type);
      },
    };
    await checkIpBlocklists(slowMemory, { ip: '192.0.2.3', lists: [GOOD, SECOND, HIDDEN] });
    expect(peak).toBe(9); // three lists × (target, test point, negative test point) at once
  });

  it('uses the Data Query Service zone with a key, and says a key is needed without one', async () => {
    const without = await checkIpBlocklists(resolver, { ip: '192.0.2.3', lists: [KEYED] });
    expect(without.status).toBe('could-not-check');
    expect(without.findings.map((f) => f.code)).toEqual(['blocklist.could-not-check', 'blocklist.needs-dqs-key']);
    const withKey = await checkIpBlocklists(resolver, { ip: '192.0.2.3', lists: [KEYED], dqsKey: 'abc123' });
    expect(withKey.status).toBe('pass');
    expect(withKey.data?.lists[0]?.query).toBe('3.2.0.192.<DQS key>.keyed.dq.example.test');
    expect(withKey.data?.dqsKeyUsed).toBe(true);
    const badKey = await checkIpBlocklists(resolver, { ip: '192.0.2.3', lists: [KEYED], dqsKey: 'no good!' });
    expect(badKey.status).toBe('could-not-check');
    expect(badKey.data?.lists[0]?.meaning).toContain('not a valid key');
  });

  it('never shows the Data Query Service key: query names, dig lines, answers and raw results say <DQS key>', async () => {
    // Upper case in, lower case in the DNS name: both are hidden. A failing key zone puts the name in error messages too.
    const failing: Resolver = {
      query: async (name, type) => (name.includes('.dq.') && name.startsWith('3.')
        ? { status: 'error', name, type, resolver: 'memory', elapsedMs: 0, cnameChain: [], error: { kind: 'servfail', message: `SERVFAIL for ${name}` } }
        : resolver.query(name, type)),
    };
    // The catalog's Spamhaus entries lower-case the key into the zone; this one does the same.
    const lowering = { ...KEYED, dqsZone: (key: string) => `${key.toLowerCase()}.keyed.dq.example.test` };
    for (const r of [resolver, failing]) {
      const result = await checkIpBlocklists(r, { ip: '192.0.2.3', lists: [lowering], dqsKey: 'ABC123' });
      const shown = JSON.stringify(result);
      expect(shown).not.toMatch(/abc123/i);
      expect(result.queries.length).toBeGreaterThan(0);
      for (const q of result.queries) {
        expect(q.name).toContain('.<DQS key>.keyed.dq.example.test');
        expect(q.dig).toContain('<DQS key>');
        expect(q.raw.name).toBe(q.name);
      }
    }
    const failed = await checkIpBlocklists(failing, { ip: '192.0.2.3', lists: [KEYED], dqsKey: 'abc123' });
    expect(failed.status).toBe('could-not-check');
    expect(failed.findings[0]?.message).toContain('SERVFAIL for 3.2.0.192.<DQS key>.keyed.dq.example.test');
  });

  it('masks the key zone as a whole, so a short key cannot mangle the address or other names', async () => {
    const r = await checkIpBlocklists(resolver, { ip: '192.0.2.3', lists: [KEYED, GOOD], dqsKey: '2' });
    expect(r.data?.lists.map((l) => l.query)).toEqual(['3.2.0.192.<DQS key>.keyed.dq.example.test', '3.2.0.192.bl.example.test']);
    expect(r.data?.target).toBe('192.0.2.3');
  });

  it('treats the real catalog lists as could-not-check when the resolver hides them', async () => {
    const r = await checkIpBlocklists(resolver, { ip: '192.0.2.3', lists: ['spamhaus-zen', 'barracuda', 'no-such-list'] });
    expect(r.status).toBe('could-not-check');
    expect(r.data?.lists.map((l) => l.id)).toEqual(['spamhaus-zen', 'barracuda']);
    expect(r.findings.map((f) => f.code)).toContain('blocklist.unknown-list');
    expect(r.findings.map((f) => f.code)).toContain('blocklist.needs-dqs-key');
  });

  it('defaults to the ranked IP lists of the catalog', async () => {
    const r = await checkIpBlocklists(resolver, { ip: '192.0.2.3' });
    const ranks = r.data?.lists.map((l) => l.rank) ?? [];
    expect(ranks.length).toBeGreaterThan(2);
    expect([...ranks].sort((x, y) => x - y)).toEqual(ranks);
  });

  it('is not-applicable for something that is not an IP', async () => {
    const r = await checkIpBlocklists(resolver, { ip: 'not-an-ip', lists: [GOOD] });
    expect(r.status).toBe('not-applicable');
    expect(r.queries).toEqual([]);
  });
});

describe('checkDomainBlocklists', () => {
  it('fails a listed domain and passes a clean one, using the documented test domain', async () => {
    const listed = await checkDomainBlocklists(resolver, { domain: 'Spammy.TEST', lists: [DBL, GOOD] });
    expect(listed).toMatchObject({ name: 'blocklist-domain', status: 'fail' });
    expect(listed.data?.lists).toHaveLength(1); // the IP list is not a domain list
    expect(listed.data?.lists[0]).toMatchObject({ query: 'spammy.test.dbl.example.test', meaning: 'low-reputation domain', testPoint: { query: 'dbltest.test.dbl.example.test', working: true } });
    const clean = await checkDomainBlocklists(resolver, { domain: 'clean.test', lists: [DBL] });
    expect(clean.status).toBe('pass');
    expect(clean.queries.map((q) => q.name)).toEqual(['clean.test.dbl.example.test', 'dbltest.test.dbl.example.test', 'invalid.dbl.example.test']);
  });

  it('is not-applicable for an invalid domain', async () => {
    expect((await checkDomainBlocklists(resolver, { domain: 'bad domain', lists: [DBL] })).status).toBe('not-applicable');
  });
});
