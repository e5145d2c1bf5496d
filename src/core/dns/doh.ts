/**
 * A Resolver over DNS-over-HTTPS (RFC 8484) with `fetch`, for the browser and Node alike.
 *
 * - GET `?dns=<base64url>` with only `Accept: application/dns-message` (no CORS preflight); POST only when
 *   a provider refuses GET (405/415, or 413/414 for a long query) or the GET URL would be too long.
 * - Providers are tried in order; a provider that fails (network, HTTP error, malformed body, timeout,
 *   SERVFAIL/REFUSED) hands over to the next. NXDOMAIN and NODATA are answers, not failures. The provider
 *   that answered last is tried first next time, and is reported in DnsMeta.resolver / lastResolver().
 * - One instance is one diagnosis: answers are cached and identical lookups in flight are merged
 *   (`cache: false` turns that off); at most `maxConcurrent` requests run at once.
 * - CNAME chains are followed, whether the recursive resolver returns the chain whole or not.
 * Never throws and never rejects.
 */
import { withCache } from './cache.ts';
import { encodeQuery } from './doh-message.ts';
import { exchange, getUrl, MAX_GET_URL_LENGTH, type FetchLike } from './doh-exchange.ts';
import { createLimiter } from './limiter.ts';
import { MAX_CNAME_HOPS, nameProblem, normalizeName } from './name.ts';
import { internalErrorResult } from './never-rejects.ts';
import type { DnsFailure, DnsRecord, DnsResult, QueryOptions, RecordType, Resolver } from './types.ts';

export const DEFAULT_PROVIDERS: readonly string[] = [
  'https://cloudflare-dns.com/dns-query',
  'https://dns.google/dns-query',
];

/** Per request to one provider: public resolvers answer in well under a second; 5 s means it is stuck. */
export const DEFAULT_TIMEOUT_MS = 5_000;

/**
 * Most DoH requests in flight at once. A diagnosis asks ~40 lookups, most of them in its first round trip
 * (bench:diagnose: 41); with 16, the blocklists' lookups filled the slots and the next hop of the SPF
 * include chain waited for one, a round trip now and then (bench:diagnose median total/(chain x delay)
 * 1.16-1.26 at 16 against 1.10-1.16 at 64, interleaved runs on a loaded machine). 64 lets one diagnosis
 * go out unqueued. Browsers multiplex these over one HTTP/2 connection, whose servers should allow at
 * least 100 concurrent streams (RFC 9113 5.1.2); over HTTP/1.1 the browser itself queues beyond 6
 * connections per host. Still a cap: a runaway caller (an SPF walk gone wide) cannot open hundreds.
 */
export const DEFAULT_MAX_CONCURRENT = 64;

export { MAX_CNAME_HOPS } from './name.ts';

/** HTTP statuses that mean "this provider wants POST" (or a shorter URL, which POST gives). */
const POST_INSTEAD_STATUSES = new Set([405, 413, 414, 415]);

export interface DohAnswerEvent {
  /** The provider URL that answered. */
  provider: string;
  /** The answer. */
  result: DnsResult;
}

export interface DohResolverOptions {
  /** Provider URLs in order of preference; default (when absent) Cloudflare then Google. An empty list means
   *  no provider: every lookup is then a network failure, and nothing leaves the machine. */
  providers?: readonly string[];
  /** The fetch to use; default globalThis.fetch (looked up when the resolver is created). */
  fetch?: FetchLike;
  /** Time allowed for one request to one provider, in ms. */
  timeoutMs?: number;
  /** Most requests in flight at once. */
  maxConcurrent?: number;
  /** Cache answers and merge identical lookups for the life of this resolver; default true. */
  cache?: boolean;
  /** 'GET' (default; POST only where needed) or 'POST' always. */
  method?: 'GET' | 'POST';
  /**
   * Called after each lookup a provider answered (or all failed: provider is then null). The result holds
   * the real query name, which for a Spamhaus DQS lookup contains the user's key: mask it before logging
   * or showing it (no caller in src/app or src/cli uses this hook today).
   */
  onAnswer?: (event: { provider: string | null; result: DnsResult }) => void;
}

export interface DohResolver extends Resolver {
  /** The provider URLs, in the order given. */
  readonly providers: readonly string[];
  /** The provider that gave the most recent answer, or null if none has yet. */
  lastResolver(): string | null;
  /** The most requests that were in flight at once (for tests and benches). */
  peakConcurrency(): number;
  /** HTTP requests sent so far (cache hits and merged lookups send none). */
  requestCount(): number;
}

/** What one provider said for one name: the rcode and records, or why it failed. */
type ProviderOutcome =
  | { ok: true; provider: string; rcode: string; records: DnsRecord[] }
  | { ok: false; provider: string | null; error: DnsFailure };

/** SERVFAIL/REFUSED from one recursive resolver may be its own trouble; another may answer. */
function rcodeFailure(rcode: string, name: string): DnsFailure | null {
  if (rcode === 'NOERROR' || rcode === 'NXDOMAIN') return null;
  if (rcode === 'SERVFAIL') return { kind: 'servfail', message: `SERVFAIL for ${name}` };
  if (rcode === 'REFUSED') return { kind: 'refused', message: `REFUSED for ${name}` };
  return { kind: 'rcode', rcode, message: `${rcode} for ${name}` };
}

/** Of several providers' failures, the one that says most: a DNS answer beats a transport failure. */
function mostTelling(failures: Array<{ provider: string; error: DnsFailure }>): { provider: string | null; error: DnsFailure } {
  const dnsLevel = failures.find((f) => ['servfail', 'refused', 'rcode'].includes(f.error.kind));
  if (dnsLevel) return dnsLevel;
  // Nobody answered at all: no resolver to credit.
  return { provider: null, error: failures[0]?.error ?? { kind: 'network', message: 'no DoH provider configured' } };
}

/** Where the CNAME chain in one answer ends, starting at `name`; null target means a loop. */
function followChain(name: string, records: DnsRecord[], seen: Set<string>, chain: string[]): string | null {
  let current = name;
  for (;;) {
    const cname = records.find((r) => r.type === 'CNAME' && r.name === current);
    if (!cname || cname.type !== 'CNAME') return current;
    if (seen.has(cname.target)) return null;
    seen.add(cname.target);
    chain.push(cname.target);
    current = cname.target;
  }
}

export function createDohResolver(options: DohResolverOptions = {}): DohResolver {
  const providers = [...(options.providers ?? DEFAULT_PROVIDERS)];
  const fetchFn: FetchLike | undefined = options.fetch ?? (typeof globalThis.fetch === 'function'
    ? (input, init) => globalThis.fetch(input, init) : undefined);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const limiter = createLimiter(options.maxConcurrent ?? DEFAULT_MAX_CONCURRENT);
  const needsPost = new Set<string>(options.method === 'POST' ? providers : []);
  let preferred = 0;
  let last: string | null = null;
  let requests = 0;

  async function askProvider(provider: string, name: string, type: RecordType, signal?: AbortSignal, priority?: 'low'): Promise<ProviderOutcome> {
    if (!fetchFn) return { ok: false, provider, error: { kind: 'network', message: 'no fetch available' } };
    const message = encodeQuery(name, type);
    const tooLongForGet = getUrl(provider, message).length > MAX_GET_URL_LENGTH;
    const send = (method: 'GET' | 'POST') => limiter.run(() => {
      requests++;
      return exchange({ url: provider, name, type, message, method, fetch: fetchFn, timeoutMs, signal });
    }, priority === 'low' ? 'low' : 'high');
    let outcome = await send(needsPost.has(provider) || tooLongForGet ? 'POST' : 'GET');
    if (!outcome.ok && outcome.httpStatus !== undefined && POST_INSTEAD_STATUSES.has(outcome.httpStatus) && !needsPost.has(provider)) {
      const viaPost = await send('POST');
      if (viaPost.ok) needsPost.add(provider);
      outcome = viaPost.ok || viaPost.httpStatus === undefined ? viaPost : outcome;
    }
    if (!outcome.ok) return { ok: false, provider, error: outcome.error };
    const failure = rcodeFailure(outcome.value.rcode, name);
    if (failure) return { ok: false, provider, error: failure };
    return { ok: true, provider, rcode: outcome.value.rcode, records: outcome.value.records };
  }

  /** Asks the providers in turn, starting at the one that answered last, until one answers. */
  async function askAny(name: string, type: RecordType, signal?: AbortSignal, priority?: 'low'): Promise<ProviderOutcome> {
    const failures: Array<{ provider: string; error: DnsFailure }> = [];
    for (let i = 0; i < providers.length; i++) {
      const index = (preferred + i) % providers.length;
      const provider = providers[index]!;
      const outcome = await askProvider(provider, name, type, signal, priority);
      if (outcome.ok) {
        preferred = index;
        return outcome;
      }
      failures.push({ provider, error: outcome.error });
      if (signal?.aborted) break;
    }
    return { ok: false, ...mostTelling(failures) };
  }

  async function lookup(rawName: string, type: RecordType, options?: QueryOptions): Promise<DnsResult> {
    const name = normalizeName(rawName);
    const started = Date.now();
    const invalid = nameProblem(name);
    if (invalid) {
      // Nothing is sent: no server could answer a question that cannot be encoded.
      return { status: 'error', name, type, resolver: null, elapsedMs: 0, cnameChain: [], error: { kind: 'malformed', message: `cannot ask for "${name}": ${invalid}` } };
    }
    const chain: string[] = [];
    const seen = new Set([name]);
    let current = name;
    let resolver: string | null = null;
    const meta = () => ({ name, type, resolver, elapsedMs: Date.now() - started, cnameChain: chain });
    for (let hop = 0; hop <= MAX_CNAME_HOPS; hop++) {
      const outcome = await askAny(current, type, options?.signal, options?.priority);
      if (!outcome.ok) {
        resolver = outcome.provider;
        return { status: 'error', ...meta(), error: outcome.error };
      }
      resolver = outcome.provider;
      const end = type === 'CNAME' ? current : followChain(current, outcome.records, seen, chain);
      if (end === null) {
        return { status: 'error', ...meta(), error: { kind: 'cname-loop', message: `CNAME loop from ${name}` } };
      }
      if (chain.length > MAX_CNAME_HOPS) break;
      const names = new Set([name, ...chain]);
      const records = outcome.records.filter((r) => r.type === type && names.has(r.name));
      if (records.length > 0) return { status: 'ok', ...meta(), records };
      if (outcome.rcode === 'NXDOMAIN') return { status: 'nxdomain', ...meta() };
      // The chain stopped at a name whose records the resolver did not include: ask for it directly.
      if (end === current) return { status: 'nodata', ...meta() };
      current = end;
    }
    return { status: 'error', ...meta(), error: { kind: 'cname-loop', message: `CNAME chain from ${name} longer than ${MAX_CNAME_HOPS}` } };
  }

  const uncached: Resolver = {
    async query(name, type, queryOptions) {
      let result: DnsResult;
      try {
        result = await lookup(name, type, queryOptions);
      } catch (e) {
        // Nothing above should throw; this keeps the "never rejects" promise even if something does.
        result = internalErrorResult(name, type, e);
      }
      if (result.resolver !== null) last = result.resolver;
      try {
        options.onAnswer?.({ provider: result.resolver, result });
      } catch {
        // A faulty hook must not turn an answer into an exception.
      }
      return result;
    },
  };
  const front = options.cache === false ? uncached : withCache(uncached);

  return {
    providers,
    query: (name, type, queryOptions) => front.query(name, type, queryOptions),
    lastResolver: () => last,
    peakConcurrency: () => limiter.peak(),
    requestCount: () => requests,
  };
}
