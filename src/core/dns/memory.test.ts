import { describe, expect, it } from 'vitest';
import { createMemoryResolver } from './memory.ts';
import { toEvidence } from './present.ts';

const zones = {
  'example.test': { records: [{ type: 'MX' as const, preference: 10, exchange: 'mx.example.test.' }, { type: 'TXT' as const, strings: ['v=spf1 ', '-all'] }] },
  'www.example.test': { records: [{ type: 'CNAME' as const, target: 'web.example.test' }] },
  'web.example.test': { records: [{ type: 'A' as const, address: '192.0.2.10' }] },
  'loop1.example.test': { records: [{ type: 'CNAME' as const, target: 'loop2.example.test' }] },
  'loop2.example.test': { records: [{ type: 'CNAME' as const, target: 'loop1.example.test' }] },
  'slow.example.test': { timeout: true as const },
  'broken.example.test': { rcode: 'SERVFAIL' as const },
};

describe('memory resolver', () => {
  const resolver = createMemoryResolver(zones);
  it('answers records, joining TXT strings', async () => {
    const r = await resolver.query('Example.TEST.', 'TXT');
    expect(r.status).toBe('ok');
    if (r.status === 'ok') expect(r.records[0]).toMatchObject({ type: 'TXT', text: 'v=spf1 -all' });
  });
  it('tells NODATA from NXDOMAIN', async () => {
    expect((await resolver.query('example.test', 'A')).status).toBe('nodata');
    expect((await resolver.query('nowhere.example.test', 'A')).status).toBe('nxdomain');
  });
  it('follows CNAMEs and records the chain', async () => {
    const r = await resolver.query('www.example.test', 'A');
    expect(r).toMatchObject({ status: 'ok', cnameChain: ['web.example.test'] });
  });
  it('turns loops, timeouts and SERVFAIL into error results', async () => {
    expect(await resolver.query('loop1.example.test', 'A')).toMatchObject({ status: 'error', error: { kind: 'cname-loop' } });
    expect(await resolver.query('slow.example.test', 'TXT')).toMatchObject({ status: 'error', error: { kind: 'timeout' } });
    expect(await resolver.query('broken.example.test', 'TXT')).toMatchObject({ status: 'error', error: { kind: 'servfail' } });
  });
  it('presents evidence with a dig command', async () => {
    const e = toEvidence(await resolver.query('example.test', 'MX'));
    expect(e.answer).toEqual(['example.test. 300 IN MX 10 mx.example.test.']);
    expect(e.dig).toBe('dig +short MX example.test');
  });
});
