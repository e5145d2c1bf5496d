/**
 * Provider catalogs: the codes and wording large mailbox providers and mail filters use when they refuse
 * a message, and a matcher that finds the catalog rule a rejection text fits.
 */
import type { ProviderCatalog, ProviderCodeRule, ProviderMatch } from './provider-types.ts';
import { MICROSOFT_365 } from './providers/microsoft365.ts';
import { OUTLOOK_COM } from './providers/outlookcom.ts';
import { GMAIL } from './providers/gmail.ts';
import { YAHOO } from './providers/yahoo.ts';
import { ICLOUD } from './providers/icloud.ts';
import { PROOFPOINT } from './providers/proofpoint.ts';
import { MIMECAST } from './providers/mimecast.ts';
import { CISCO } from './providers/cisco.ts';
import { BARRACUDA } from './providers/barracuda.ts';
import { AMAZON_SES } from './providers/amazonses.ts';
import { KDDI } from './providers/kddi.ts';
import { SPECTRUM } from './providers/spectrum.ts';
import { ORANGE } from './providers/orange.ts';

export type { ProviderCatalog, ProviderCodeRule, ProviderMatch } from './provider-types.ts';

/**
 * All catalogs. Order matters where host patterns overlap: Outlook.com's consumer hosts
 * (*.olc.protection.outlook.com) also fit Microsoft 365's patterns, so Outlook.com comes first.
 */
export const PROVIDERS: readonly ProviderCatalog[] = [
  OUTLOOK_COM, MICROSOFT_365, GMAIL, YAHOO, ICLOUD, PROOFPOINT, MIMECAST, CISCO, BARRACUDA, AMAZON_SES, KDDI, SPECTRUM, ORANGE,
];

/**
 * Longest text the matcher looks at. Rejection lines are a few hundred characters; a bound keeps the
 * cost of a hostile 20 MB paste at a few milliseconds whatever the patterns.
 */
export const MAX_PROVIDER_TEXT = 16_384;
/** Longest host name considered (a DNS name is at most 253 characters; a little slack for brackets). */
const MAX_HOST_LENGTH = 300;

/** Cuts a string to a bound, treating non-strings as empty. */
function bounded(value: unknown, max: number): string {
  if (typeof value !== 'string') return '';
  return value.length > max ? value.slice(0, max) : value;
}

/**
 * The catalogs whose host patterns fit the remote server name, then those whose markers appear in the
 * text, each followed by the catalogs it also uses. No duplicates; empty when nothing fits.
 */
export function identifyProviders(text: string, remoteMta: string | null): ProviderCatalog[] {
  const host = bounded(remoteMta, MAX_HOST_LENGTH);
  const body = bounded(text, MAX_PROVIDER_TEXT);
  const found: ProviderCatalog[] = [];
  const add = (c: ProviderCatalog) => {
    if (found.includes(c)) return;
    found.push(c);
    for (const id of c.alsoUses ?? []) {
      const other = PROVIDERS.find((p) => p.id === id);
      if (other && !found.includes(other)) found.push(other);
    }
  };
  if (host) for (const c of PROVIDERS) if (c.hostPatterns.some((p) => p.test(host))) add(c);
  if (body) for (const c of PROVIDERS) if (c.hostPatterns.some((p) => p.test(body))) add(c);
  return found;
}

/**
 * Finds the provider rule that explains a rejection. Rules of the providers identified by the remote
 * server's name (or markers in the text) are tried first, most specific rule first; then the codes that
 * identify a provider on their own ("[BL21]", "SC-001", "5.7.509", ...) in any catalog.
 * Returns null when no rule fits. Never throws; looks at most MAX_PROVIDER_TEXT characters.
 */
export function matchProvider(text: string, remoteMta: string | null): ProviderMatch | null {
  const body = bounded(text, MAX_PROVIDER_TEXT);
  if (!body) return null;
  for (const catalog of identifyProviders(body, remoteMta)) {
    for (const rule of catalog.rules) if (ruleFits(rule, body)) return { catalog, rule };
  }
  for (const catalog of PROVIDERS) {
    for (const rule of catalog.rules) if (rule.standalone && ruleFits(rule, body)) return { catalog, rule };
  }
  return null;
}

/** True when the rule's pattern, and its second pattern if any, occur in the text. */
function ruleFits(rule: ProviderCodeRule, body: string): boolean {
  return rule.match.test(body) && (rule.alsoRequires === undefined || rule.alsoRequires.test(body));
}
