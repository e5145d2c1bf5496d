import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { startDnsStack, type DnsStack, type Zone } from './stack.ts';
import { dohQuery, txtStrings } from './doh-client.ts';
import { liveProcessesMentioning } from './daemon.ts';
import { renderZoneFile, txtRdata } from './zone-file.ts';

const LONG_TXT = `v=DKIM1; k=rsa; p=${'A'.repeat(600)}`;

const zones: Zone[] = [
  {
    origin: 'example.test',
    records: [
      { name: '@', type: 'A', value: '192.0.2.10' },
      { name: '@', type: 'MX', value: '10 mx1.example.test' },
      { name: '@', type: 'MX', value: '20 mx2.example.test.' },
      { name: '@', type: 'TXT', value: ['v=spf1 ip4:192.0.2.0/24 ', 'include:_spf.example.net -all'] },
      { name: 'mx1', type: 'A', value: '192.0.2.25' },
      { name: 'mx1.example.test', type: 'AAAA', value: '2001:db8::25' },
      { name: 'sel._domainkey', type: 'TXT', value: LONG_TXT },
      { name: 'quote', type: 'TXT', value: 'say "hi" \\ bye; (x)' },
      { name: 'www', type: 'CNAME', value: 'example.test' },
      { name: 'broken', type: 'A', value: '192.0.2.66' },
      { name: 'gone', type: 'A', value: '192.0.2.67' },
      { name: 'no', type: 'A', value: '192.0.2.68' },
      { name: 'hole', type: 'A', value: '192.0.2.69' },
      { name: 'slow', type: 'A', value: '192.0.2.70' },
    ],
  },
  { origin: '2.0.192.in-addr.arpa', records: [{ name: '25', type: 'PTR', value: 'mx1.example.test' }] },
];

describe('local DNS stack (nsd + dnsdist DoH)', () => {
  let stack: DnsStack;
  beforeAll(async () => {
    stack = await startDnsStack({
      zones,
      faults: {
        servfail: ['broken.example.test'],
        nxdomain: ['gone.example.test'],
        refused: ['no.example.test'],
        drop: ['hole.example.test'],
        slow: [{ name: 'slow.example.test', delayMs: 800 }],
      },
    });
  });
  afterAll(async () => { await stack?.stop(); });

  it('answers A, AAAA and MX from the zone data', async () => {
    const a = await dohQuery(stack.dohUrl, 'example.test', 'A');
    expect(a.status).toBe(200);
    expect(a.headers?.get('access-control-allow-origin')).toBe('*');
    expect(a.packet?.rcode).toBe('NOERROR');
    expect(a.packet?.answers?.map((r) => r.data)).toEqual(['192.0.2.10']);
    const aaaa = await dohQuery(stack.dohUrl, 'mx1.example.test', 'AAAA');
    expect(aaaa.packet?.answers?.map((r) => r.data)).toEqual(['2001:db8::25']);
    const mx = await dohQuery(stack.dohUrl, 'example.test', 'MX', { method: 'POST' });
    expect(mx.status).toBe(200);
    const exchanges = mx.packet?.answers?.map((r) => r.data as { preference: number; exchange: string });
    expect(exchanges?.sort((x, y) => x.preference - y.preference)).toEqual([
      { preference: 10, exchange: 'mx1.example.test' },
      { preference: 20, exchange: 'mx2.example.test' },
    ]);
  });

  it('serves TXT as the declared character-strings, splitting a 600-byte value at 255 bytes', async () => {
    const spf = await dohQuery(stack.dohUrl, 'example.test', 'TXT');
    expect(txtStrings(spf.packet)).toEqual([['v=spf1 ip4:192.0.2.0/24 ', 'include:_spf.example.net -all']]);
    const dkim = await dohQuery(stack.dohUrl, 'sel._domainkey.example.test', 'TXT');
    const strings = txtStrings(dkim.packet)[0] ?? [];
    expect(strings.map((s) => s.length)).toEqual([255, 255, LONG_TXT.length - 510]);
    expect(strings.join('')).toBe(LONG_TXT);
    const quoted = await dohQuery(stack.dohUrl, 'quote.example.test', 'TXT');
    expect(txtStrings(quoted.packet)).toEqual([['say "hi" \\ bye; (x)']]);
  });

  it('answers PTR and follows a CNAME inside the zone', async () => {
    const ptr = await dohQuery(stack.dohUrl, '25.2.0.192.in-addr.arpa', 'PTR');
    expect(ptr.packet?.answers?.map((r) => r.data)).toEqual(['mx1.example.test']);
    const cname = await dohQuery(stack.dohUrl, 'www.example.test', 'A');
    expect(cname.packet?.answers?.map((r) => [r.type, r.data])).toEqual([
      ['CNAME', 'example.test'],
      ['A', '192.0.2.10'],
    ]);
  });

  it('tells NXDOMAIN from NODATA', async () => {
    const nx = await dohQuery(stack.dohUrl, 'nothing-here.example.test', 'A');
    expect(nx.packet?.rcode).toBe('NXDOMAIN');
    const nodata = await dohQuery(stack.dohUrl, 'mx1.example.test', 'TXT');
    expect(nodata.packet?.rcode).toBe('NOERROR');
    expect(nodata.packet?.answers).toEqual([]);
    expect(nodata.packet?.authorities?.[0]?.type).toBe('SOA');
  });

  it('injects SERVFAIL, NXDOMAIN and REFUSED for names that exist, and REFUSED outside the zones', async () => {
    expect((await dohQuery(stack.dohUrl, 'broken.example.test', 'A')).packet?.rcode).toBe('SERVFAIL');
    expect((await dohQuery(stack.dohUrl, 'gone.example.test', 'A')).packet?.rcode).toBe('NXDOMAIN');
    expect((await dohQuery(stack.dohUrl, 'no.example.test', 'A')).packet?.rcode).toBe('REFUSED');
    expect((await dohQuery(stack.dohUrl, 'elsewhere.example', 'A')).packet?.rcode).toBe('REFUSED');
    // The rcode faults are dnsdist rules: the direct endpoint has them too, nsd itself does not.
    expect((await dohQuery(stack.directDohUrl, 'broken.example.test', 'A')).packet?.rcode).toBe('SERVFAIL');
  });

  it('never answers a dropped name, and answers a slow name after its delay', async () => {
    const dropped = await dohQuery(stack.dohUrl, 'hole.example.test', 'A', { timeoutMs: 300 });
    expect(dropped.timedOut).toBe(true);
    expect(dropped.status).toBe(0);
    const impatient = await dohQuery(stack.dohUrl, 'slow.example.test', 'A', { timeoutMs: 300 });
    expect(impatient.timedOut).toBe(true);
    const patient = await dohQuery(stack.dohUrl, 'slow.example.test', 'A', { timeoutMs: 5_000 });
    expect(patient.packet?.answers?.map((r) => r.data)).toEqual(['192.0.2.70']);
    expect(patient.elapsedMs).toBeGreaterThanOrEqual(750);
  });

  it('answers HTTP error statuses and garbage bodies on the fault URLs', async () => {
    for (const status of [400, 413, 415, 429, 500, 503]) {
      const reply = await dohQuery(stack.httpErrorUrl(status), 'example.test', 'A');
      expect(reply.status).toBe(status);
      expect(reply.packet).toBeNull();
    }
    const garbage = await dohQuery(stack.garbageUrl, 'example.test', 'A');
    expect(garbage.status).toBe(200);
    expect(garbage.headers?.get('content-type')).toBe('application/dns-message');
    expect(garbage.body.length).toBeGreaterThan(0);
    expect(garbage.packet).toBeNull();
  });
});

describe('stack life cycle', () => {
  it('adds a fixed delay to every answer, runs beside another stack, and stop() leaves nothing behind', async () => {
    const [delayed, plain] = await Promise.all([
      startDnsStack({ zones: [{ origin: 'delay.test', records: [{ name: '@', type: 'A', value: '192.0.2.1' }] }], faults: { delayMs: 150 } }),
      startDnsStack({ zones: [{ origin: 'delay.test', records: [{ name: '@', type: 'A', value: '192.0.2.2' }] }] }),
    ]);
    try {
      expect(delayed.dohUrl).not.toBe(plain.dohUrl);
      const slow = await dohQuery(delayed.dohUrl, 'delay.test', 'A');
      const fast = await dohQuery(plain.dohUrl, 'delay.test', 'A');
      expect(slow.packet?.answers?.map((r) => r.data)).toEqual(['192.0.2.1']);
      expect(fast.packet?.answers?.map((r) => r.data)).toEqual(['192.0.2.2']);
      expect(slow.elapsedMs).toBeGreaterThanOrEqual(140);
      const nx = await dohQuery(delayed.dohUrl, 'none.delay.test', 'A');
      expect(nx.packet?.rcode).toBe('NXDOMAIN');
      expect(nx.elapsedMs).toBeGreaterThanOrEqual(140);
      expect(liveProcessesMentioning(delayed.dir).length).toBeGreaterThanOrEqual(2);
    } finally {
      await Promise.all([delayed.stop(), plain.stop()]);
    }
    for (const s of [delayed, plain]) {
      expect(liveProcessesMentioning(s.dir)).toEqual([]);
      expect(existsSync(s.dir)).toBe(false);
      await s.stop(); // twice is fine
    }
    expect((await dohQuery(plain.directDohUrl, 'delay.test', 'A', { timeoutMs: 1_000 })).status).toBe(0);
  });

  it('fails with nsd output when a zone does not load', async () => {
    const start = startDnsStack({ zones: [{ origin: 'bad.test', records: [{ name: 'x', type: 'A', value: 'not-an-address' }] }] });
    await expect(start).rejects.toThrow(/bad\.test[\s\S]*nsd/);
  });
});

describe('zone file rendering', () => {
  it('adds SOA and NS, qualifies names and escapes odd labels', () => {
    const text = renderZoneFile({ origin: 'Example.Test.', records: [{ name: 'a b', type: 'A', value: '192.0.2.1' }] });
    expect(text).toMatch(/^example\.test\. 3600 IN SOA /m);
    expect(text).toMatch(/^example\.test\. 3600 IN NS /m);
    expect(text).toContain('a\\032b.example.test. 300 IN A 192.0.2.1');
    expect(() => renderZoneFile({ origin: 'example.test', records: [{ name: 'x.other.test.', type: 'A', value: '192.0.2.1' }] })).toThrow(/outside zone/);
  });

  it('splits TXT by bytes, not characters', () => {
    expect(txtRdata('é'.repeat(200))).toMatch(/^"(\\195\\169){127}\\195" "\\169(\\195\\169){72}"$/);
    expect(txtRdata('')).toBe('""');
  });
});
