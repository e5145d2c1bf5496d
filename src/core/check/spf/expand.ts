/** Macro values for one record's evaluation, and domain-spec expansion (RFC 7208 7). */
import { macroIp, macroVersion, readableIp, reverseName, inNetwork } from './client.ts';
import { lookup, MAX_PTR_NAMES, type EvalContext } from './context.ts';
import { canonicalDomain, isSameOrSubdomain } from './domain.ts';
import { expandTokens, truncateDomain, type MacroToken, type MacroValues } from './macro.ts';
import type { SpfQuery } from './types.ts';

/** Letters whose value depends on the message or client, unknown in walk mode. */
const CLIENT_LETTERS = new Set(['s', 'l', 'o', 'i', 'p', 'h', 'c', 'v']);

export function dependsOnClient(tokens: MacroToken[]): boolean {
  return tokens.some((t) => t.type === 'macro' && CLIENT_LETTERS.has(t.letter));
}

/**
 * %{p}: a validated name of the client (RFC 7208 7.3 via 5.5): PTR names (first 10) whose A/AAAA
 * include the client, preferring the current domain itself, then a subdomain of it, then any.
 * "unknown" when none validates. Its lookups do not count against the limits (they are not terms).
 */
async function validatedName(ctx: EvalContext, domain: string, queries: SpfQuery[]): Promise<string> {
  const client = ctx.client;
  if (!client) return 'unknown';
  const ptr = await lookup(ctx, reverseName(client), 'PTR');
  queries.push(ptr.query);
  if (ptr.result.status !== 'ok') return 'unknown';
  const names = ptr.result.records.flatMap((r) => (r.type === 'PTR' ? [r.target] : [])).slice(0, MAX_PTR_NAMES);
  const ranked = [
    ...names.filter((n) => canonicalDomain(n) === canonicalDomain(domain)),
    ...names.filter((n) => canonicalDomain(n) !== canonicalDomain(domain) && isSameOrSubdomain(n, domain)),
    ...names.filter((n) => !isSameOrSubdomain(n, domain)),
  ];
  const type = client.kind() === 'ipv4' ? 'A' : 'AAAA';
  for (const name of ranked) {
    const answer = await lookup(ctx, name, type);
    queries.push(answer.query);
    if (answer.result.status !== 'ok') continue;
    const ok = answer.result.records.some((r) => (r.type === 'A' || r.type === 'AAAA') && inNetwork(client, r.address, client.kind() === 'ipv4' ? 32 : 128));
    if (ok) return name;
  }
  return 'unknown';
}

export function macroValues(ctx: EvalContext, domain: string, queries: SpfQuery[]): MacroValues {
  const client = ctx.client;
  return {
    s: ctx.sender,
    l: ctx.localPart,
    o: ctx.senderDomain,
    d: domain,
    i: client ? macroIp(client) : '',
    h: ctx.helo,
    c: client ? readableIp(client) : '',
    r: ctx.receiver,
    t: String(ctx.now),
    v: client ? macroVersion(client) : 'in-addr',
    p: () => {
      let known = ctx.validatedNames.get(domain);
      if (!known) {
        known = validatedName(ctx, domain, queries);
        ctx.validatedNames.set(domain, known);
      }
      return known;
    },
  };
}

/** Expands a domain-spec and shortens it to 253 characters by dropping labels on the left. */
export async function expandDomainSpec(ctx: EvalContext, tokens: MacroToken[], domain: string, queries: SpfQuery[]): Promise<string> {
  return truncateDomain(await expandTokens(tokens, macroValues(ctx, domain, queries)));
}
