/**
 * Unit tests of the DoH client's HTTP behaviour with an injected fetch (what it sends, how it reads
 * bodies, when it falls back). DNS behaviour end to end is tested against the real local server in
 * test/doh-integration.test.ts.
 */
import { describe, expect, it } from 'vitest';
import * as dnsPacket from '@leichtgewicht/dns-packet';
import type { Answer } from '@leichtgewicht/dns-packet';
import { toBase64Url } from './base64url.ts';
import { createDohResolver } from './doh.ts';
import type { FetchLike } from './doh-exchange.ts';

interface Seen { url: string; method: string; headers: Record<string, string> }

/** Answers every query with the given answers and rcode, echoing the question. */
function answering(answers: (q: dnsPacket.Question) => Answer[], rcode = 'NOERROR', seen: Seen[] = []): FetchLike {
  return async (input, init) => {
    seen.push({ url: input, method: init?.method ?? 'GET', headers: { ...(init?.headers as Record<string, string>) } });
    const query = init?.method === 'POST'
      ? dnsPacket.decode(new Uint8Array(init.body as Uint8Array))
      : dnsPacket.decode(Uint8Array.from(atob(new URL(input).searchParams.get('dns')!.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)));
    const q = query.questions![0]!;
    const body = dnsPacket.encode({
      type: 'response', id: query.id, flags: dnsPacket.RECURSION_AVAILABLE,
      questions: [q], answers: answers(q),
    } as dnsPacket.Packet);
    // Set the rcode bits directly (the encoder takes them from flags).
    const code = { NOERROR: 0, SERVFAIL: 2, NXDOMAIN: 3, REFUSED: 5 }[rcode] ?? 0;
    body[3] = (body[3]! & 0xf0) | code;
    return new Response(body as unknown as BodyInit, { status: 200, headers: { 'content-type': 'application/dns-message' } });
  };
}

describe('base64url', () => {
  it('uses - and _ and no padding', () => {
    expect(toBase64Url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
    expect(toBase64Url(new Uint8Array([1, 2, 3]))).toBe('AQID');
    expect(toBase64Url(new Uint8Array([]))).toBe('');
  });
});

describe('createDohResolver', () => {
  it('sends RFC 8484 GET with only an Accept header and reads A records', async () => {
    const seen: Seen[] = [];
    const resolver = createDohResolver({
      providers: ['https://doh.example/dns-query'],
      fetch: answering((q) => [{ type: 'A', name: q.name, ttl: 60, data: '192.0.2.1' }], 'NOERROR', seen),
    });
    const result = await resolver.query('Host.Example.', 'A');
    expect(result.status).toBe('ok');
    expect(result.status === 'ok' && result.records).toEqual([{ type: 'A', name: 'host.example', ttl: 60, address: '192.0.2.1' }]);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.method).toBe('GET');
    expect(seen[0]!.headers).toEqual({ accept: 'application/dns-message' });
    expect(seen[0]!.url).toMatch(/^https:\/\/doh\.example\/dns-query\?dns=[A-Za-z0-9_-]+$/);
    expect(resolver.lastResolver()).toBe('https://doh.example/dns-query');
  });

  it('falls back to the next provider on HTTP 503 and remembers the one that answered', async () => {
    const good = answering((q) => [{ type: 'TXT', name: q.name, ttl: 60, data: ['v=spf1 ', '-all'] }]);
    const calls: string[] = [];
    const fetch: FetchLike = async (url, init) => {
      calls.push(new URL(url).host);
      if (url.startsWith('https://down.example')) return new Response('busy', { status: 503 });
      return good(url, init);
    };
    const resolver = createDohResolver({ providers: ['https://down.example/q', 'https://up.example/q'], fetch });
    const result = await resolver.query('a.example', 'TXT');
    expect(result.status === 'ok' && result.records[0]).toMatchObject({ strings: ['v=spf1 ', '-all'], text: 'v=spf1 -all' });
    expect(result.resolver).toBe('https://up.example/q');
    await resolver.query('b.example', 'TXT');
    expect(calls).toEqual(['down.example', 'up.example', 'up.example']);
  });

  it('does not fall back on NXDOMAIN', async () => {
    const calls: string[] = [];
    const nx = answering(() => [], 'NXDOMAIN');
    const fetch: FetchLike = async (url, init) => { calls.push(url); return nx(url, init); };
    const resolver = createDohResolver({ providers: ['https://one.example/q', 'https://two.example/q'], fetch });
    const result = await resolver.query('nope.example', 'A');
    expect(result.status).toBe('nxdomain');
    expect(calls).toHaveLength(1);
  });

  it('retries with POST when GET gets 405', async () => {
    const seen: Seen[] = [];
    const inner = answering((q) => [{ type: 'A', name: q.name, ttl: 5, data: '198.51.100.7' }], 'NOERROR', seen);
    const fetch: FetchLike = async (url, init) => (init?.method === 'GET' ? new Response('', { status: 405 }) : inner(url, init));
    const resolver = createDohResolver({ providers: ['https://post.example/q'], fetch, cache: false });
    expect((await resolver.query('a.example', 'A')).status).toBe('ok');
    await resolver.query('b.example', 'A');
    expect(seen.map((s) => s.method)).toEqual(['POST', 'POST']);
    expect(seen[0]!.headers['content-type']).toBe('application/dns-message');
  });

  it('reports a body that is not a DNS message, and an answer to another question, as malformed', async () => {
    const html: FetchLike = async () => new Response('<html>hello</html>', { status: 200, headers: { 'content-type': 'text/html' } });
    const r1 = await createDohResolver({ providers: ['https://x.example/q'], fetch: html }).query('a.example', 'A');
    expect(r1.status === 'error' && r1.error.kind).toBe('malformed');
    const other = answering(() => []);
    const wrong: FetchLike = async (_url, init) => other(`https://x.example/q?dns=${toBase64Url(dnsPacket.encode({ type: 'query', id: 0, questions: [{ type: 'A', name: 'other.example' }] }))}`, init);
    const r2 = await createDohResolver({ providers: ['https://x.example/q'], fetch: wrong }).query('a.example', 'A');
    expect(r2.status === 'error' && r2.error).toMatchObject({ kind: 'malformed' });
  });

  it('turns a rejected fetch into a network failure and never rejects', async () => {
    const offline: FetchLike = async () => { throw new TypeError('Failed to fetch'); };
    const r = await createDohResolver({ providers: ['https://x.example/q'], fetch: offline }).query('a.example', 'A');
    expect(r.status === 'error' && r.error.kind).toBe('network');
    expect(r.resolver).toBeNull();
  });

  it('times out a stuck provider with AbortController', async () => {
    const stuck: FetchLike = (_url, init) => new Promise((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });
    const r = await createDohResolver({ providers: ['https://x.example/q'], fetch: stuck, timeoutMs: 30 }).query('a.example', 'A');
    expect(r.status === 'error' && r.error.kind).toBe('timeout');
  });

  it('follows a CNAME chain the resolver returned only in part', async () => {
    const fetch = answering((q) => q.name === 'www.example'
      ? [{ type: 'CNAME', name: 'www.example', ttl: 5, data: 'mid.example' }, { type: 'CNAME', name: 'mid.example', ttl: 5, data: 'end.example' }]
      : [{ type: 'A', name: q.name, ttl: 5, data: '203.0.113.9' }]);
    const r = await createDohResolver({ providers: ['https://x.example/q'], fetch }).query('www.example', 'A');
    expect(r.status === 'ok' && r.records.map((x) => x.type === 'A' && x.address)).toEqual(['203.0.113.9']);
    expect(r.cnameChain).toEqual(['mid.example', 'end.example']);
  });

  it('detects a CNAME loop', async () => {
    const fetch = answering((q) => [{ type: 'CNAME', name: q.name, ttl: 5, data: q.name === 'a.example' ? 'b.example' : 'a.example' }]);
    const r = await createDohResolver({ providers: ['https://x.example/q'], fetch }).query('a.example', 'A');
    expect(r.status === 'error' && r.error.kind).toBe('cname-loop');
  });
});

describe('createDohResolver input checks', () => {
  it('answers an impossible name without sending anything', async () => {
    let sent = 0;
    const fetch: FetchLike = async () => { sent++; return new Response('', { status: 500 }); };
    const resolver = createDohResolver({ providers: ['https://x.example/q'], fetch });
    for (const name of [`${'a'.repeat(64)}.example`, 'a..example', '', `${'abcdefgh.'.repeat(30)}example`]) {
      const r = await resolver.query(name, 'A');
      expect(r.status === 'error' && r.error.kind).toBe('malformed');
    }
    expect(sent).toBe(0);
  });
});
