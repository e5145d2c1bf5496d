/**
 * Which origins the page may connect to, worked out from the settings: the page's own origin, the
 * built-in resolvers and the custom resolver kept in Settings (even while another is chosen, so switching
 * between them in the dialog needs no reload). Pure, so it is testable without a browser.
 */
import { RESOLVER_URLS, checkResolverUrl, type Settings } from '../store/settings-model.ts';

/**
 * What a CSP source may look like here: scheme, a host of letters, digits, dots and dashes, an optional
 * port. Anything else (a `*`, a `;` or a space that would start another directive, an IPv6 literal,
 * which CSP cannot express) is refused, so a stored URL can never widen or rewrite the policy.
 */
const SAFE_ORIGIN = /^https?:\/\/[a-z0-9.-]{1,253}(?::[0-9]{1,5})?$/;

/** The CSP source expression for a URL's origin, or null when it is not one the policy can safely name. */
export function cspSourceOf(url: string): string | null {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return null;
  }
  return SAFE_ORIGIN.test(origin) ? origin : null;
}

/**
 * The connect-src sources for these settings: `'self'`, then each other origin once. A custom URL that
 * does not validate (or is on this origin) adds nothing: the checks then cannot use it and say so.
 */
export function connectSourcesFor(settings: Settings, pageOrigin: string): string[] {
  const urls: string[] = [RESOLVER_URLS.cloudflare, RESOLVER_URLS.google];
  const custom = checkResolverUrl(settings.customResolverUrl, pageOrigin);
  if (custom.ok) urls.push(custom.url);
  const own = cspSourceOf(pageOrigin);
  const origins = urls.map(cspSourceOf).filter((source): source is string => source !== null && source !== own);
  return ["'self'", ...new Set(origins)];
}

/** Whether a resolver URL's origin is among `sources` (or is the page's own, which `'self'` covers). */
export function isAllowedBy(sources: readonly string[], url: string, pageOrigin: string): boolean {
  const origin = cspSourceOf(url);
  if (origin === null) return false;
  return origin === cspSourceOf(pageOrigin) || sources.includes(origin);
}
