import { addressesIn } from '../../dns/answer-data.ts';
import type { DnsResult, Resolver } from '../../dns/types.ts';
import type { MxExchange } from './types.ts';
import { isUnreachableAddress, parseIpLiteral } from './ip-literal.ts';

export interface ResolvedExchange {
  exchange: MxExchange;
  /** The lookups made (none for an IP literal), as evidence. */
  results: DnsResult[];
}

/**
 * Resolves one MX exchange to its addresses (A and AAAA in parallel). A host that resolves by either family
 * resolves; only when neither gives an address and one of them failed is the state unknown.
 */
export async function resolveExchange(resolver: Resolver, preference: number, host: string): Promise<ResolvedExchange> {
  const base = { preference, host, addresses: [], cnameChain: [], unreachableAddresses: [] };
  if (parseIpLiteral(host) !== null) return { exchange: { ...base, state: 'ip-literal' }, results: [] };

  const results = await Promise.all([resolver.query(host, 'A'), resolver.query(host, 'AAAA')]);
  const addresses = results.flatMap(addressesIn);
  const cnameChain = results.find((r) => r.cnameChain.length > 0)?.cnameChain ?? [];
  const unreachableAddresses = addresses.filter(isUnreachableAddress);
  const state = addresses.length > 0 ? 'resolves'
    : results.some((r) => r.status === 'error') ? 'could-not-check'
    : 'no-address';
  return { exchange: { ...base, state, addresses, cnameChain: [...cnameChain], unreachableAddresses }, results };
}
