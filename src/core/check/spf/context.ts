/** State shared by one check_host() evaluation across includes and redirects. */
import type { DnsResult, RecordType, Resolver } from '../../dns/types.ts';
import type { ClientAddress } from './client.ts';
import type { SpfQuery, SpfWarning } from './types.ts';

/** RFC 7208 4.6.4: at most 10 terms that query DNS (include, a, mx, ptr, exists, redirect). */
export const MAX_DNS_LOOKUPS = 10;
/** RFC 7208 4.6.4: at most 2 lookups that find nothing (the RECOMMENDED default). */
export const MAX_VOID_LOOKUPS = 2;
/** RFC 7208 4.6.4: an mx term may look up at most 10 names, more is a permerror. */
export const MAX_MX_NAMES = 10;
/** RFC 7208 4.6.4: ptr and %{p} use at most the first 10 names; the rest are ignored. */
export const MAX_PTR_NAMES = 10;
/**
 * Walk mode (no IP) keeps counting past 10 to show how far over the budget a record goes, but stops here
 * so a record tree that loops or fans out cannot make it run for ever.
 */
export const MAX_WALK_LOOKUPS = 40;

export interface EvalContext {
  resolver: Resolver;
  /** The client, or null in walk mode without an IP. */
  client: ClientAddress | null;
  sender: string;
  localPart: string;
  senderDomain: string;
  helo: string;
  receiver: string;
  now: number;
  walkAll: boolean;
  defaultExplanation?: string;
  /** Running counts across the whole evaluation. */
  lookups: number;
  voids: number;
  warnings: SpfWarning[];
  /** Domains whose records are being evaluated right now (include/redirect stack), for loop detection. */
  stack: string[];
  /** %{p} values by current domain. */
  validatedNames: Map<string, Promise<string>>;
}

/** Looks up one name and records the query; void = NXDOMAIN or an empty answer. */
export async function lookup(ctx: EvalContext, name: string, type: RecordType): Promise<{ result: DnsResult; query: SpfQuery }> {
  const result = await ctx.resolver.query(name, type);
  const isVoid = result.status === 'nxdomain' || result.status === 'nodata' || (result.status === 'ok' && result.records.length === 0);
  return { result, query: { name, type, result, void: isVoid } };
}

export function warn(ctx: EvalContext, warning: SpfWarning): void {
  if (!ctx.warnings.some((w) => w.code === warning.code && w.domain === warning.domain)) ctx.warnings.push(warning);
}
