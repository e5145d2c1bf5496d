import { describe, expect, it } from 'vitest';
import { createMemoryResolver, type MemoryZones } from '../../dns/memory.ts';
import { checkReverseDns } from './check-reverse-dns.ts';
import { genericReasons } from './generic-name.ts';
import { parseIp } from './reverse-name.ts';

const ptr = (target: string) => ({ type: 'PTR' as const, target });
const a = (address: string) => ({ type: 'A' as const, address });

const V6_PTR = '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa';
const zones: MemoryZones = {
  '1.2.0.192.in-addr.arpa': { records: [ptr('mail.good.test')] },
  'mail.good.test': { records: [a('192.0.2.1'), { type: 'AAAA', address: '2001:db8::1' }] },
  // 192.0.2.2 has no PTR at all.
  '3.2.0.192.in-addr.arpa': { records: [ptr('mail.moved.test')] },
  'mail.moved.test': { records: [a('198.51.100.3')] },
  '4.2.0.192.in-addr.arpa': { records: [ptr('gone.test')] },
  '5.2.0.192.in-addr.arpa': { rcode: 'SERVFAIL' },
  '6.2.0.192.in-addr.arpa': { records: [ptr('slow.test')] },
  'slow.test': { timeout: true },
  '7.2.0.192.in-addr.arpa': { records: [ptr('192-0-2-7.dynamic.isp.test')] },
  '192-0-2-7.dynamic.isp.test': { records: [a('192.0.2.7')] },
  '8.2.0.192.in-addr.arpa': { records: [ptr('mail.good.test'), ptr('mx8.good.test')] },
  'mx8.good.test': { records: [a('192.0.2.8')] },
  [V6_PTR]: { records: [ptr('mail.good.test')] },
  // 12 PTR names: the first 11 lead nowhere near the IP, the 12th (beyond the lookup limit) would confirm.
  '9.2.0.192.in-addr.arpa': { records: Array.from({ length: 12 }, (_, i) => ptr(`n${i + 1}.many.test`)) },
  ...Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`n${i + 1}.many.test`, { records: [a('198.51.100.9')] }])),
  'n12.many.test': { records: [a('192.0.2.9')] },
  // 12 PTR names, all pointing elsewhere, the first one's lookup failing.
  '10.2.0.192.in-addr.arpa': { records: Array.from({ length: 12 }, (_, i) => ptr(i === 0 ? 'slow.test' : `n${i + 1}.many.test`)) },
};
const resolver = createMemoryResolver(zones);

describe('parseIp', () => {
  it('builds in-addr.arpa and ip6.arpa names', () => {
    expect(parseIp('192.0.2.1')).toMatchObject({ ok: true, version: 4, ptrName: '1.2.0.192.in-addr.arpa', reversed: '1.2.0.192' });
    expect(parseIp('2001:DB8::1')).toMatchObject({ ok: true, version: 6, address: '2001:db8::1', ptrName: V6_PTR });
    expect(parseIp('::ffff:192.0.2.1')).toMatchObject({ ok: true, version: 4, address: '192.0.2.1' });
    expect(parseIp('[192.0.2.1]')).toMatchObject({ ok: true });
    for (const bad of ['', '192.0.2', '192.0.2.256', '01.2.3.4', 'example.test', '1'.repeat(100)]) expect(parseIp(bad).ok).toBe(false);
  });
});

describe('genericReasons', () => {
  it('spots IP digits and access-network words, not ordinary mail host names', () => {
    const ip = parseIp('192.0.2.7');
    expect(genericReasons('192-0-2-7.dynamic.isp.test', ip).map((r) => r.kind)).toEqual(['contains-ip', 'generic-word']);
    expect(genericReasons('7.2.0.192.static.isp.test', ip)[0]).toMatchObject({ kind: 'contains-ip', form: '7.2.0.192' });
    expect(genericReasons('pool-33.dsl.isp.test', ip).map((r) => r.kind)).toEqual(['generic-word']);
    expect(genericReasons('mail.example.com', ip)).toEqual([]);
    expect(genericReasons('dsl.test', ip)).toEqual([]); // the provider's own domain is not the host part
  });
});

describe('checkReverseDns', () => {
  it('passes a forward-confirmed PTR', async () => {
    const r = await checkReverseDns(resolver, { ip: '192.0.2.1' });
    expect(r).toMatchObject({ name: 'reverse-dns', status: 'pass', inputs: { ip: '192.0.2.1' } });
    expect(r.data).toMatchObject({ forwardConfirmed: true, names: [{ name: 'mail.good.test', forward: 'confirmed' }] });
    expect(r.queries.map((q) => q.dig)).toEqual(['dig +short PTR 1.2.0.192.in-addr.arpa', 'dig +short A mail.good.test']);
  });

  it('passes IPv6 through ip6.arpa and AAAA', async () => {
    const r = await checkReverseDns(resolver, { ip: '2001:db8::1' });
    expect(r.status).toBe('pass');
    expect(r.queries[1]?.type).toBe('AAAA');
  });

  it('fails a missing PTR', async () => {
    const r = await checkReverseDns(resolver, { ip: '192.0.2.2' });
    expect(r.status).toBe('fail');
    expect(r.findings.map((f) => f.code)).toEqual(['reverse-dns.missing']);
    expect(r.findings[0]?.message).toContain('5.7.25');
  });

  it('fails a PTR whose name resolves elsewhere or nowhere', async () => {
    const moved = await checkReverseDns(resolver, { ip: '192.0.2.3' });
    expect(moved.status).toBe('fail');
    expect(moved.data?.names[0]).toMatchObject({ forward: 'mismatch', addresses: ['198.51.100.3'] });
    expect(moved.findings[0]?.fix).toContain('mail.moved.test. IN A 192.0.2.3');
    const gone = await checkReverseDns(resolver, { ip: '192.0.2.4' });
    expect(gone.status).toBe('fail');
    expect(gone.data?.names[0]?.forward).toBe('no-address');
  });

  it('is could-not-check when the PTR lookup or the forward lookup fails', async () => {
    const servfail = await checkReverseDns(resolver, { ip: '192.0.2.5' });
    expect(servfail.status).toBe('could-not-check');
    expect(servfail.queries[0]?.outcome).toBe('error: servfail');
    const slow = await checkReverseDns(resolver, { ip: '192.0.2.6' });
    expect(slow.status).toBe('could-not-check');
    expect(slow.data?.forwardConfirmed).toBeNull();
  });

  it('is could-not-check for an "ok" PTR answer without a PTR record', async () => {
    const odd = { query: async (name: string, type: 'PTR') => ({ status: 'ok' as const, name, type, resolver: 'odd', elapsedMs: 0, cnameChain: [], records: [] }) };
    const r = await checkReverseDns(odd as never, { ip: '192.0.2.1' });
    expect(r.status).toBe('could-not-check');
  });

  it('warns about a generic-looking name even when it is confirmed', async () => {
    const r = await checkReverseDns(resolver, { ip: '192.0.2.7' });
    expect(r.status).toBe('warning');
    expect(r.findings.map((f) => f.code)).toEqual(['reverse-dns.generic-name']);
  });

  it('warns about several PTR records and confirms through any of them', async () => {
    const r = await checkReverseDns(resolver, { ip: '192.0.2.8' });
    expect(r.status).toBe('warning');
    expect(r.data?.names.map((n) => n.forward)).toEqual(['mismatch', 'confirmed']);
    expect(r.findings.map((f) => f.code)).toEqual(['reverse-dns.several-ptr']);
  });

  it('never fails when PTR names beyond the lookup limit were left unchecked (one of them might confirm)', async () => {
    const r = await checkReverseDns(resolver, { ip: '192.0.2.9' });
    expect(r.data?.names.length).toBe(10);
    expect(r.data?.uncheckedNames).toBe(2);
    expect(r.data?.forwardConfirmed).toBeNull();
    expect(r.status).toBe('could-not-check');
    expect(r.summary).toBe('Could not confirm the reverse DNS of 192.0.2.9: 2 of its 12 PTR names were not checked');
    const notChecked = r.findings.find((f) => f.code === 'reverse-dns.names-not-checked');
    expect(notChecked?.message).toContain('The other 2 were not checked');
    expect(r.findings.some((f) => f.code === 'reverse-dns.not-forward-confirmed')).toBe(false);
  });

  it('says how many names were not checked when a forward lookup failed too', async () => {
    const r = await checkReverseDns(resolver, { ip: '192.0.2.10' });
    expect(r.status).toBe('could-not-check');
    expect(r.findings.map((f) => f.code)).toContain('reverse-dns.names-not-checked');
  });

  it('is not-applicable for something that is not an IP', async () => {
    const r = await checkReverseDns(resolver, { ip: 'mail.example.test' });
    expect(r.status).toBe('not-applicable');
    expect(r.queries).toEqual([]);
  });

  it('notes a private address but still checks it', async () => {
    const r = await checkReverseDns(resolver, { ip: '10.1.2.3' });
    expect(r.status).toBe('fail');
    expect(r.findings[0]?.code).toBe('reverse-dns.non-public-ip');
  });
});
