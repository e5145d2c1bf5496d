import {
  MAX_BLOCKLISTS, MAX_BOUNCE_LENGTH, MAX_CHECKED_STEPS, MAX_DNS_NAME_LENGTH, MAX_RESOLVER_URL_LENGTH,
  MAX_STEP_ID_LENGTH,
} from './limits.ts';
import { SHARE_PAYLOAD_VERSION } from './types.ts';
import type { ShareLinkResult, SharePayload, ShareResolverChoice, ShareSettings } from './types.ts';

const RESOLVER_CHOICES: readonly ShareResolverChoice[] = ['cloudflare', 'google', 'custom'];

/** A DNS name made of LDH labels (blocklist zones are plain host names); linear, no backtracking. */
const DNS_NAME = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

type Invalid = { ok: false; error: { kind: 'invalid-content'; field: string; detail: string } };
const invalid = (field: string, detail: string): Invalid => ({ ok: false, error: { kind: 'invalid-content', field, detail } });

/** Reads a property only if the object itself has it (never from the prototype chain). */
function own(record: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

function isPlainObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A custom DoH URL a link may name: https anywhere, http on loopback only (a local test server), or a
 * path on the page's own origin ("/dns-query", a resolver proxied by the host serving the app; the same
 * rule as the app's settings). Returns the URL as written, or null when it is not acceptable.
 */
export function acceptableResolverUrl(text: string): string | null {
  if (text.length === 0 || text.length > MAX_RESOLVER_URL_LENGTH) return null;
  const isPath = text.startsWith('/') && !text.startsWith('//') && !text.includes('\\');
  let url: URL;
  try {
    url = isPath ? new URL(text, 'https://origin.invalid') : new URL(text);
  } catch {
    return null;
  }
  if (url.username || url.password) return null;
  if (isPath) return url.host === 'origin.invalid' ? text : null;
  if (url.protocol === 'https:') return text;
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
  return url.protocol === 'http:' && loopback ? text : null;
}

function validateSettings(value: unknown): ShareLinkResult<ShareSettings> {
  if (!isPlainObject(value)) return invalid('settings', 'not an object');
  const resolver = own(value, 'resolver');
  if (typeof resolver !== 'string' || !RESOLVER_CHOICES.includes(resolver as ShareResolverChoice)) {
    return invalid('settings.resolver', 'not one of cloudflare, google, custom');
  }
  const customRaw = own(value, 'customResolverUrl');
  let customResolverUrl: string | null = null;
  if (customRaw !== undefined && customRaw !== null && customRaw !== '') {
    if (typeof customRaw !== 'string') return invalid('settings.customResolverUrl', 'not a string');
    customResolverUrl = acceptableResolverUrl(customRaw);
    if (customResolverUrl === null) return invalid('settings.customResolverUrl', 'not an https URL (or http on loopback)');
  }
  if (resolver === 'custom' && customResolverUrl === null) {
    return invalid('settings.customResolverUrl', 'missing for a custom resolver');
  }
  const blocklistsRaw = own(value, 'blocklists');
  if (!Array.isArray(blocklistsRaw)) return invalid('settings.blocklists', 'not a list');
  if (blocklistsRaw.length > MAX_BLOCKLISTS) return invalid('settings.blocklists', `more than ${MAX_BLOCKLISTS} entries`);
  const blocklists: string[] = [];
  for (const [index, zone] of blocklistsRaw.entries()) {
    if (typeof zone !== 'string' || zone.length > MAX_DNS_NAME_LENGTH || !DNS_NAME.test(zone)) {
      return invalid(`settings.blocklists[${index}]`, 'not a DNS name');
    }
    blocklists.push(zone.toLowerCase());
  }
  return { ok: true, value: { resolver: resolver as ShareResolverChoice, customResolverUrl, blocklists } };
}

function validateCheckedSteps(value: unknown): ShareLinkResult<string[]> {
  if (value === undefined || value === null) return { ok: true, value: [] };
  if (!Array.isArray(value)) return invalid('checkedSteps', 'not a list');
  if (value.length > MAX_CHECKED_STEPS) return invalid('checkedSteps', `more than ${MAX_CHECKED_STEPS} entries`);
  const ids: string[] = [];
  for (const [index, id] of value.entries()) {
    if (typeof id !== 'string' || id.length === 0 || id.length > MAX_STEP_ID_LENGTH) {
      return invalid(`checkedSteps[${index}]`, 'not a step id');
    }
    ids.push(id);
  }
  return { ok: true, value: ids };
}

/**
 * Turns parsed JSON from a link into a SharePayload, or says which field is wrong. Unknown fields are
 * ignored; the result is built afresh from the known fields only, so keys such as "__proto__" or
 * "constructor" in the link can never reach the app's objects. The version must already have been checked.
 */
export function validatePayload(value: unknown): ShareLinkResult<SharePayload> {
  if (!isPlainObject(value)) return invalid('(root)', 'not an object');
  const v = own(value, 'v');
  if (v !== SHARE_PAYLOAD_VERSION) {
    return { ok: false, error: { kind: 'unsupported-version', version: String(typeof v === 'object' ? 'unknown' : v) } };
  }
  const bounce = own(value, 'bounce');
  if (typeof bounce !== 'string') return invalid('bounce', 'not a string');
  if (bounce.length > MAX_BOUNCE_LENGTH) {
    return { ok: false, error: { kind: 'too-large', limit: 'MAX_BOUNCE_LENGTH', actual: bounce.length, max: MAX_BOUNCE_LENGTH } };
  }
  const redacted = own(value, 'redacted');
  if (typeof redacted !== 'boolean') return invalid('redacted', 'not true or false');
  const settings = validateSettings(own(value, 'settings'));
  if (!settings.ok) return settings;
  const checkedSteps = validateCheckedSteps(own(value, 'checkedSteps'));
  if (!checkedSteps.ok) return checkedSteps;
  return { ok: true, value: { v: SHARE_PAYLOAD_VERSION, bounce, settings: settings.value, redacted, checkedSteps: checkedSteps.value } };
}
