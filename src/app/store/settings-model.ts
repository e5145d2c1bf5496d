/**
 * The user's settings as plain data, with the pure rules that validate them. Kept apart from the zustand
 * store so the rules are testable without a browser, and so a share link or a tampered localStorage value
 * goes through the same validation.
 */

export type ResolverChoice = 'cloudflare' | 'google' | 'custom';

export interface Settings {
  /** Which DNS-over-HTTPS resolver answers the checks. */
  resolver: ResolverChoice;
  /** The resolver URL when `resolver` is 'custom' (kept when switching away, so it is not lost). */
  customResolverUrl: string;
  /** Zones of the blocklists to query (ids of BLOCKLIST_CHOICES). */
  blocklists: string[];
  /** Spamhaus Data Query Service key; empty when none. Sent only inside DNS names to the chosen resolver. */
  dqsKey: string;
}

/** The well-known resolvers' DoH endpoints (RFC 8484 wire format, GET and POST). */
export const RESOLVER_URLS: Record<Exclude<ResolverChoice, 'custom'>, string> = {
  cloudflare: 'https://cloudflare-dns.com/dns-query',
  google: 'https://dns.google/dns-query',
};

export interface BlocklistChoice {
  /** The list's DNS zone, also its id in settings. */
  zone: string;
  /** Name shown in the settings. */
  label: string;
  /** What the list holds. */
  kind: 'ip' | 'domain';
  /** One line on when it matters, in our words. */
  note: string;
  /**
   * Set for a list that cannot answer through the public resolvers the page offers (it would only ever
   * show "Could not check"): it is then off by default, and this line, shown in Settings, says why.
   */
  offByDefault?: string;
}

/** The lists offered, ranked by how often the big mailbox providers' decisions follow them. */
export const BLOCKLIST_CHOICES: readonly BlocklistChoice[] = [
  { zone: 'zen.spamhaus.org', label: 'Spamhaus ZEN', kind: 'ip', note: 'Most widely used IP list. Needs a DQS key through public resolvers.' },
  { zone: 'dbl.spamhaus.org', label: 'Spamhaus DBL', kind: 'domain', note: 'Domains seen in spam. Needs a DQS key through public resolvers.' },
  {
    zone: 'b.barracudacentral.org', label: 'Barracuda', kind: 'ip', note: 'Used by Barracuda appliances.',
    offByDefault: 'Off by default: it answers only resolvers registered with Barracuda, so through Cloudflare or Google it always says “Could not check”.',
  },
  { zone: 'bl.spamcop.net', label: 'SpamCop', kind: 'ip', note: 'Short-lived listings from spam reports.' },
  { zone: 'bl.mailspike.net', label: 'Mailspike', kind: 'ip', note: 'IP reputation list.' },
  { zone: 'psbl.surriel.com', label: 'PSBL', kind: 'ip', note: 'Passive spam trap list.' },
  {
    zone: 'multi.uribl.com', label: 'URIBL', kind: 'domain', note: 'Domains found in message bodies.',
    offByDefault: 'Off by default: it refuses public resolvers such as Cloudflare and Google, so through them it always says “Could not check”.',
  },
  { zone: 'dnsbl-1.uceprotect.net', label: 'UCEPROTECT level 1', kind: 'ip', note: 'Single IPs caught sending spam; some filters use it.' },
];

export const DEFAULT_SETTINGS: Settings = {
  resolver: 'cloudflare',
  customResolverUrl: '',
  // Stored settings keep their own list (normalizeSettings): only a first visit gets this one.
  blocklists: BLOCKLIST_CHOICES.filter((choice) => !choice.offByDefault).map((choice) => choice.zone),
  dqsKey: '',
};

/** Longest custom resolver URL accepted: a real endpoint is far shorter; this bounds stored junk. */
export const MAX_RESOLVER_URL_LENGTH = 512;
/** Longest DQS key accepted (Spamhaus keys are 26 characters); bounds what a link or storage can inject. */
export const MAX_DQS_KEY_LENGTH = 64;

export type UrlCheck = { ok: true; url: string } | { ok: false; error: string };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Validates a custom DoH URL. Accepts https URLs, http only on loopback (a local test server), and a path
 * starting with "/" (a resolver proxied on this page's own origin, resolved against `origin`).
 */
export function checkResolverUrl(text: string, origin: string): UrlCheck {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: 'Enter the address of a DNS-over-HTTPS resolver.' };
  if (trimmed.length > MAX_RESOLVER_URL_LENGTH) return { ok: false, error: 'This address is too long.' };
  let url: URL;
  try {
    url = trimmed.startsWith('/') && !trimmed.startsWith('//') ? new URL(trimmed, origin) : new URL(trimmed);
  } catch {
    return { ok: false, error: 'This is not a valid web address.' };
  }
  if (url.username !== '' || url.password !== '') return { ok: false, error: 'The address must not contain a user name or password.' };
  if (url.protocol === 'https:') return { ok: true, url: url.href };
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return { ok: true, url: url.href };
  return { ok: false, error: 'The address must start with https:// (http:// only for this computer).' };
}

/** The URL the checks should use, or why there is none. */
export function resolverUrlOf(settings: Settings, origin: string): UrlCheck {
  if (settings.resolver === 'custom') return checkResolverUrl(settings.customResolverUrl, origin);
  return { ok: true, url: RESOLVER_URLS[settings.resolver] };
}

/** Short name of the resolver for "answered by ..." lines. */
export function resolverLabel(settings: Settings): string {
  if (settings.resolver === 'cloudflare') return 'Cloudflare';
  if (settings.resolver === 'google') return 'Google';
  return 'your custom resolver';
}

/** Whether a DQS key looks usable: letters and digits only. Empty is valid (no key). */
export function checkDqsKey(key: string): { ok: true } | { ok: false; error: string } {
  const trimmed = key.trim();
  if (trimmed === '') return { ok: true };
  if (trimmed.length > MAX_DQS_KEY_LENGTH) return { ok: false, error: 'This key is too long.' };
  if (!/^[a-z0-9]+$/i.test(trimmed)) return { ok: false, error: 'A DQS key has only letters and digits.' };
  return { ok: true };
}

/**
 * Turns anything (a persisted value, a decoded share link) into valid Settings: unknown fields dropped,
 * wrong types replaced by defaults, unknown blocklists removed, lengths bounded. Never throws.
 */
export function normalizeSettings(raw: unknown): Settings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const resolver: ResolverChoice =
    value.resolver === 'google' || value.resolver === 'custom' || value.resolver === 'cloudflare'
      ? value.resolver
      : DEFAULT_SETTINGS.resolver;
  const customResolverUrl =
    typeof value.customResolverUrl === 'string' ? value.customResolverUrl.slice(0, MAX_RESOLVER_URL_LENGTH) : '';
  const known = new Set(BLOCKLIST_CHOICES.map((choice) => choice.zone));
  const blocklists = Array.isArray(value.blocklists)
    ? BLOCKLIST_CHOICES.map((c) => c.zone).filter((zone) => (value.blocklists as unknown[]).includes(zone) && known.has(zone))
    : [...DEFAULT_SETTINGS.blocklists];
  const dqsKeyRaw = typeof value.dqsKey === 'string' ? value.dqsKey.trim() : '';
  const dqsKey = checkDqsKey(dqsKeyRaw).ok ? dqsKeyRaw : '';
  return { resolver, customResolverUrl, blocklists, dqsKey };
}

/** Settings with one blocklist switched on or off, keeping the ranked order. */
export function withBlocklist(settings: Settings, zone: string, enabled: boolean): Settings {
  const set = new Set(settings.blocklists);
  if (enabled) set.add(zone);
  else set.delete(zone);
  return { ...settings, blocklists: BLOCKLIST_CHOICES.map((c) => c.zone).filter((z) => set.has(z)) };
}
