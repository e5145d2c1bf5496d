/**
 * The plan built from the real checks' results (in-memory zones declared as data), so the step
 * content stays in line with what the checks actually report, not only with hand-built fixtures.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryResolver, type MemoryZones } from '../dns/memory.ts';
import type { BlocklistInfo } from '../knowledge/blocklists.ts';
import { checkDmarc } from '../check/dmarc/index.ts';
import { checkDkim } from '../check/dkim/index.ts';
import { checkReverseDns } from '../check/reverse-dns/index.ts';
import { checkMx } from '../check/mx/index.ts';
import { checkIpBlocklists } from '../check/blocklist/index.ts';
import { buildPlan } from './plan.ts';
import { classification, original, recipient, report } from './fixtures.test-helpers.ts';

const TEST_LIST: BlocklistInfo = {
  id: 'testbl', name: 'Test Blocklist', zone: 'bl.example.test', kind: 'ip', rank: 1, usedBy: 'Test filters.',
  returnCodes: { '127.0.0.2': 'listed for spam' }, refusedCodes: { '127.255.255.254': 'refused: public resolver' },
  ipv6: false, testName: '2.0.0.127.bl.example.test',
  lookupUrl: (t) => `https://lookup.example.test/?ip=${t}`, delistUrl: 'https://delist.example.test/', delistHow: 'Ask for removal on the page.',
  textPatterns: [],
};
const REFUSING: BlocklistInfo = { ...TEST_LIST, id: 'refusing', name: 'Refusing List', zone: 'refusing.example.test', testName: '2.0.0.127.refusing.example.test' };

const zones: MemoryZones = {
  'sender.test': { records: [{ type: 'TXT', strings: ['v=spf1 -all'] }, { type: 'MX', preference: 10, exchange: 'mx.sender.test' }] },
  'mx.sender.test': { records: [{ type: 'A', address: '198.51.100.25' }] },
  'old._domainkey.sender.test': { records: [{ type: 'TXT', strings: ['v=DKIM1; k=rsa; p='] }] },
  'example.test': { records: [{ type: 'MX', preference: 10, exchange: 'mx.newhost.test' }] },
  'mx.newhost.test': { records: [{ type: 'A', address: '203.0.113.5' }] },
  '2.0.0.127.bl.example.test': { records: [{ type: 'A', address: '127.0.0.2' }] },
  '10.2.0.192.bl.example.test': { records: [{ type: 'A', address: '127.0.0.2' }] },
  '2.0.0.127.refusing.example.test': { records: [{ type: 'A', address: '127.255.255.254' }] },
  '10.2.0.192.refusing.example.test': { records: [{ type: 'A', address: '127.255.255.254' }] },
};
const resolver = createMemoryResolver(zones);
const orig = original({ from: 'Sam <sam@sender.test>', returnPath: '<sam@sender.test>', sendingIp: '192.0.2.10', dkimSignatures: [{ domain: 'sender.test', selector: 'old', span: null }] });

describe('plan from real check results', () => {
  it('DMARC reject at the receiver: missing DMARC record and revoked DKIM key become the first steps', async () => {
    const dmarc = await checkDmarc(resolver, { fromDomain: 'sender.test', dkimDomains: ['sender.test'], spfDomain: 'sender.test' });
    const dkim = await checkDkim(resolver, { selectors: [{ domain: 'sender.test', selector: 'old', guessed: false }] });
    const c = classification([recipient('jane@example.test', 'authfailure', { detail: { auth: { dmarc: true, dkim: true } } })], [], orig);
    const plan = buildPlan(c, [dkim, dmarc]);
    const ids = plan.steps.map((s) => s.id);
    // DMARC comes first for an authentication failure, then DKIM (the order of RELEVANT_CHECKS).
    expect(ids[0]).toBe('check.dmarc.dmarc.no-record');
    expect(plan.steps[0]?.title).toBe('Publish a DMARC record for sender.test');
    expect(ids.some((id) => id.startsWith('check.dkim.'))).toBe(true);
    const all = plan.steps.flatMap((s) => s.copyables.map((x) => x.text));
    expect(all).toContain('_dmarc.sender.test. TXT "v=DMARC1; p=none; rua=mailto:dmarc-reports@sender.test"');
    expect(all).toContain('dig +short TXT old._domainkey.sender.test');
    expect(ids).not.toContain('authfailure.dmarc');
    expect(ids).not.toContain('authfailure.dkim');
  });

  it('missing PTR: the PTR record for the IP, from the reverse-DNS check', async () => {
    const rdns = await checkReverseDns(resolver, { ip: '192.0.2.10' });
    expect(rdns.status).toBe('fail');
    const plan = buildPlan(classification([recipient('jane@example.test', 'requireptr')], [], orig), [rdns]);
    expect(plan.steps[0]?.check).toBe('reverse-dns');
    expect(plan.steps[0]?.copyables.map((x) => x.text)).toEqual(['dig +short -x 192.0.2.10', '10.2.0.192.in-addr.arpa. 3600 IN PTR mail.sender.test.']);
  });

  it('stale MX: the bounce names a server that is no longer an MX host', async () => {
    const mx = await checkMx(resolver, { domain: 'example.test', answeredBy: 'dns; mx.oldhost.test' });
    const c = classification([recipient('jane@example.test', 'norelaying')], [report('jane@example.test', { remoteMta: 'mx.oldhost.test' })], orig);
    const plan = buildPlan(c, [mx]);
    expect(plan.steps[0]?.id).toBe('check.mx.mx.stale');
    expect(plan.steps[0]?.actor).toBe('sender-admin');
    expect(plan.steps[0]?.body).toContain('mx.oldhost.test');
  });

  it('listed on one list, refused by another: a removal step and a by-hand step, no claim for the refused one', async () => {
    const bl = await checkIpBlocklists(resolver, { ip: '192.0.2.10', lists: [TEST_LIST, REFUSING] });
    const plan = buildPlan(classification([recipient('jane@example.test', 'blocked')], [], orig), [bl]);
    const removal = plan.steps.find((s) => s.id === 'check.blocklist-ip.listed.testbl');
    expect(removal?.links.map((l) => l.url)).toEqual(['https://lookup.example.test/?ip=192.0.2.10', 'https://delist.example.test/']);
    const byHand = plan.steps.find((s) => s.id === 'check.blocklist-ip.by-hand');
    expect(byHand?.copyables.map((x) => x.text)).toContain('dig +short A 10.2.0.192.refusing.example.test');
    expect(plan.steps.some((s) => /Refusing List/.test(s.title) && /removed/.test(s.title))).toBe(false);
  });
});
