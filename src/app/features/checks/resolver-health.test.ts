import { describe, expect, it } from 'vitest';
import type { CheckResult, QueryEvidence } from '../../../core/check/types.ts';
import type { DnsFailure } from '../../../core/dns/types.ts';
import { resolverUnreachable } from './resolver-health.ts';

function failed(error: DnsFailure): QueryEvidence {
  return {
    name: 'example.com', type: 'MX', outcome: `error:${error.kind}`, answer: [], dig: 'dig MX example.com', resolver: null,
    raw: { status: 'error', error, name: 'example.com', type: 'MX', resolver: null, elapsedMs: 5, cnameChain: [] },
  };
}
const answered: QueryEvidence = {
  name: 'example.com', type: 'MX', outcome: 'nxdomain', answer: [], dig: 'dig MX example.com', resolver: 'https://cloudflare-dns.com/dns-query',
  raw: { status: 'nxdomain', name: 'example.com', type: 'MX', resolver: 'https://cloudflare-dns.com/dns-query', elapsedMs: 5, cnameChain: [] },
};
function result(queries: QueryEvidence[]): CheckResult {
  return { name: 'mx', status: 'could-not-check', summary: '', inputs: {}, queries, findings: [] };
}

describe('resolverUnreachable', () => {
  it('is true when every lookup failed in transport', () => {
    expect(resolverUnreachable([result([failed({ kind: 'network', message: 'offline' })]), result([failed({ kind: 'timeout', message: 't', afterMs: 5000 })])])).toBe(true);
  });
  it('is false when any lookup got a DNS answer or a DNS-level failure', () => {
    expect(resolverUnreachable([result([failed({ kind: 'network', message: 'x' }), answered])])).toBe(false);
    expect(resolverUnreachable([result([failed({ kind: 'servfail', message: 'x' })])])).toBe(false);
  });
  it('is false without any lookup', () => {
    expect(resolverUnreachable([])).toBe(false);
    expect(resolverUnreachable([result([])])).toBe(false);
  });
});
