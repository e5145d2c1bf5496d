import { describe, expect, it } from 'vitest';
import { createMemoryResolver, type MemoryZones } from '../../dns/memory.ts';
import { checkMx } from './check-mx.ts';
import { normalizeServerName } from './compare-answered-by.ts';

const mx = (preference: number, exchange: string) => ({ type: 'MX' as const, preference, exchange });
const a = (address: string) => ({ type: 'A' as const, address });
const aaaa = (address: string) => ({ type: 'AAAA' as const, address });

/** One zone per scenario, all under .test. */
const zones: MemoryZones = {
  'good.test': { records: [mx(20, 'mx2.good.test'), mx(10, 'mx1.good.test')] },
  'mx1.good.test': { records: [a('192.0.2.10'), aaaa('2001:db8::10')] },
  'mx2.good.test': { records: [a('192.0.2.11')] },
  'nullmx.test': { records: [mx(0, '.')] },
  'mixednull.test': { records: [mx(0, '.'), mx(10, 'mx1.good.test')] },
  'implicit.test': { records: [a('192.0.2.20')] },
  'nomail.test': { records: [{ type: 'TXT', strings: ['v=spf1 -all'] }] },
  'alias.test': { records: [mx(10, 'mail.alias.test')] },
  'mail.alias.test': { records: [{ type: 'CNAME', target: 'real.alias.test' }] },
  'real.alias.test': { records: [a('192.0.2.30')] },
  'literal.test': { records: [mx(10, '192.0.2.40')] },
  'literal-mixed.test': { records: [mx(10, '192.0.2.40'), mx(20, 'mx1.good.test')] },
  'dangling.test': { records: [mx(10, 'gone.dangling.test')] },
  'half-dangling.test': { records: [mx(10, 'gone.dangling.test'), mx(20, 'mx1.good.test')] },
  'servfail.test': { rcode: 'SERVFAIL' },
  'slow-exchange.test': { records: [mx(10, 'slow.slow-exchange.test')] },
  'slow.slow-exchange.test': { timeout: true },
  'private.test': { records: [mx(10, 'lan.private.test')] },
  'lan.private.test': { records: [a('10.0.0.5')] },
  'google.test': { records: [mx(10, 'aspmx.l.provider.test')] },
  'aspmx.l.provider.test': { records: [a('192.0.2.50')] },
};
const resolver = createMemoryResolver(zones);

describe('checkMx', () => {
  it('passes and lists exchanges by preference with their addresses', async () => {
    const r = await checkMx(resolver, { domain: 'Good.TEST.' });
    expect(r.status).toBe('pass');
    expect(r.name).toBe('mx');
    expect(r.data?.routing).toBe('mx');
    expect(r.data?.exchanges.map((e) => [e.preference, e.host, e.addresses])).toEqual([
      [10, 'mx1.good.test', ['192.0.2.10', '2001:db8::10']],
      [20, 'mx2.good.test', ['192.0.2.11']],
    ]);
    expect(r.queries[0]?.dig).toBe('dig +short MX good.test');
    expect(r.queries).toHaveLength(5);
  });

  it('fails a null MX: the domain accepts no mail', async () => {
    const r = await checkMx(resolver, { domain: 'nullmx.test' });
    expect(r.status).toBe('fail');
    expect(r.data).toMatchObject({ routing: 'null-mx', nullMx: true, exchanges: [] });
    expect(r.findings.map((f) => f.code)).toEqual(['mx.null-mx']);
  });

  it('warns about a null MX mixed with real MX records', async () => {
    const r = await checkMx(resolver, { domain: 'mixednull.test' });
    expect(r.status).toBe('warning');
    expect(r.findings.map((f) => f.code)).toContain('mx.null-mx-mixed');
  });

  it('warns about an implicit MX (no MX, an address record)', async () => {
    const r = await checkMx(resolver, { domain: 'implicit.test' });
    expect(r.status).toBe('warning');
    expect(r.data).toMatchObject({ routing: 'implicit', implicitAddresses: ['192.0.2.20'] });
    expect(r.findings[0]?.code).toBe('mx.implicit');
    expect(r.findings[0]?.fix).toContain('IN MX 10 mail.implicit.test.');
  });

  it('fails when there is no mail host at all', async () => {
    const r = await checkMx(resolver, { domain: 'nomail.test' });
    expect(r.status).toBe('fail');
    expect(r.data?.routing).toBe('none');
    expect(r.findings.map((f) => f.code)).toEqual(['mx.no-mail-host']);
  });

  it('fails a domain that does not exist', async () => {
    const r = await checkMx(resolver, { domain: 'nowhere.test' });
    expect(r.status).toBe('fail');
    expect(r.data?.routing).toBe('nxdomain');
    expect(r.findings[0]?.code).toBe('mx.domain-not-found');
  });

  it('warns about an MX pointing at a CNAME', async () => {
    const r = await checkMx(resolver, { domain: 'alias.test' });
    expect(r.status).toBe('warning');
    expect(r.data?.exchanges[0]).toMatchObject({ state: 'resolves', cnameChain: ['real.alias.test'], addresses: ['192.0.2.30'] });
    expect(r.findings.map((f) => f.code)).toEqual(['mx.cname']);
  });

  it('fails an MX that is only an IP literal, warns when another host works', async () => {
    const only = await checkMx(resolver, { domain: 'literal.test' });
    expect(only.status).toBe('fail');
    expect(only.findings.map((f) => f.code)).toEqual(['mx.ip-literal', 'mx.no-usable-exchange']);
    expect(only.findings[0]?.severity).toBe('error');
    const mixed = await checkMx(resolver, { domain: 'literal-mixed.test' });
    expect(mixed.status).toBe('warning');
    expect(mixed.findings[0]).toMatchObject({ code: 'mx.ip-literal', severity: 'warning' });
  });

  it('reports an exchange that does not resolve', async () => {
    const only = await checkMx(resolver, { domain: 'dangling.test' });
    expect(only.status).toBe('fail');
    expect(only.data?.exchanges[0]?.state).toBe('no-address');
    const half = await checkMx(resolver, { domain: 'half-dangling.test' });
    expect(half.status).toBe('warning');
    expect(half.findings[0]).toMatchObject({ code: 'mx.exchange-no-address', severity: 'warning' });
  });

  it('fails an MX whose only host has a private address', async () => {
    const r = await checkMx(resolver, { domain: 'private.test' });
    expect(r.status).toBe('fail');
    expect(r.findings.map((f) => f.code)).toEqual(['mx.unreachable-address', 'mx.no-usable-exchange']);
  });

  it('is could-not-check, with the raw answer, when the MX lookup fails', async () => {
    const r = await checkMx(resolver, { domain: 'servfail.test' });
    expect(r.status).toBe('could-not-check');
    expect(r.queries[0]).toMatchObject({ outcome: 'error: servfail', answer: ['SERVFAIL for servfail.test'] });
    expect(r.queries[0]?.raw.status).toBe('error');
    expect(r.findings[0]?.message).toContain('servfail');
  });

  it('is could-not-check when the only exchange lookup times out', async () => {
    const r = await checkMx(resolver, { domain: 'slow-exchange.test' });
    expect(r.status).toBe('could-not-check');
    expect(r.data?.exchanges[0]?.state).toBe('could-not-check');
    expect(r.findings).toMatchObject([{ code: 'mx.exchange-lookup-failed', severity: 'warning' }]);
  });

  it('still passes when one exchange lookup fails but another host resolves', async () => {
    const mixed = createMemoryResolver({ ...zones, 'mixed.test': { records: [mx(10, 'slow.slow-exchange.test'), mx(20, 'mx1.good.test')] } });
    const r = await checkMx(mixed, { domain: 'mixed.test' });
    expect(r.status).toBe('pass');
    expect(r.findings).toMatchObject([{ code: 'mx.exchange-lookup-failed', severity: 'info' }]);
  });

  it('is could-not-check when the implicit-MX address lookup fails', async () => {
    // The memory resolver fails whole names; here MX answers NODATA and only the address lookups time out.
    const failing = createMemoryResolver({ 'ib.test': { records: [{ type: 'TXT', strings: ['x'] }] } });
    const wrapped = {
      query: async (name: string, type: Parameters<typeof failing.query>[1]) =>
        type === 'MX' ? failing.query(name, type) : { status: 'error' as const, name, type, resolver: 'memory', elapsedMs: 0, cnameChain: [], error: { kind: 'timeout' as const, message: 'timed out', afterMs: 1 } },
    };
    const unknown = await checkMx(wrapped, { domain: 'ib.test' });
    expect(unknown.status).toBe('could-not-check');
    expect(unknown.data?.routing).toBe('unknown');
  });

  it('is could-not-check for an "ok" MX answer that holds no MX record', async () => {
    const odd = { query: async (name: string, type: 'MX') => ({ status: 'ok' as const, name, type, resolver: 'odd', elapsedMs: 0, cnameChain: [], records: [] }) };
    const r = await checkMx(odd as never, { domain: 'odd.test' });
    expect(r.status).toBe('could-not-check');
    expect(r.findings[0]?.code).toBe('mx.lookup-failed');
  });

  it('flags a stale MX when the answering server is not a current host', async () => {
    const r = await checkMx(resolver, { domain: 'good.test', answeredBy: 'dns; mx.oldhost.test' });
    expect(r.status).toBe('warning');
    expect(r.data?.answeredBy).toMatchObject({ host: 'mx.oldhost.test', match: 'not-current', organizationalDomain: 'oldhost.test' });
    expect(r.findings.map((f) => f.code)).toEqual(['mx.stale']);
    expect(r.inputs.answeredBy).toBe('dns; mx.oldhost.test');
  });

  it('makes no stale-MX claim when the MX hosts are unknown', async () => {
    const r = await checkMx(resolver, { domain: 'servfail.test', answeredBy: 'mx.oldhost.test' });
    expect(r.status).toBe('could-not-check');
    expect(r.data?.answeredBy?.match).toBe('unknown');
    expect(r.findings.map((f) => f.code)).toEqual(['mx.lookup-failed']);
  });

  it('does not flag the current host, by name or by address', async () => {
    const byName = await checkMx(resolver, { domain: 'good.test', answeredBy: 'MX2.good.test.' });
    expect(byName.status).toBe('pass');
    expect(byName.data?.answeredBy?.match).toBe('current-exchange');
    const byIp = await checkMx(resolver, { domain: 'good.test', answeredBy: '[192.0.2.11]' });
    expect(byIp.data?.answeredBy?.match).toBe('current-exchange');
    const otherIp = await checkMx(resolver, { domain: 'good.test', answeredBy: '198.51.100.9' });
    expect(otherIp.data?.answeredBy?.match).toBe('not-current');
  });

  it('treats another host of the same organization as the same provider', async () => {
    const r = await checkMx(resolver, { domain: 'google.test', answeredBy: 'mx.provider.test' });
    expect(r.status).toBe('pass');
    expect(r.data?.answeredBy?.match).toBe('same-organization');
  });

  it('returns not-applicable for a domain that is not a domain', async () => {
    for (const domain of ['', 'localhost', 'a..b', 'bad_name.test', 'x'.repeat(300), undefined as unknown as string, `${'a.'.repeat(100_000)}test`]) {
      const r = await checkMx(resolver, { domain });
      expect(r.status).toBe('not-applicable');
      expect(r.queries).toEqual([]);
    }
  });
});

describe('normalizeServerName', () => {
  it('strips the dns; prefix, brackets, trailing dot and the address part', () => {
    expect(normalizeServerName('dns; MX.Example.COM.')).toBe('mx.example.com');
    expect(normalizeServerName('mx.example.com [192.0.2.1]')).toBe('mx.example.com');
    expect(normalizeServerName('[IPv6:2001:db8::1]')).toBe('2001:db8::1');
    expect(normalizeServerName('   ')).toBe('');
  });
});
