import type { Faults } from './types.ts';
import { normalizeName } from './zone-file.ts';

/** A Lua string literal for a name; names are plain ASCII here, anything else is escaped as \ddd. */
function luaString(value: string): string {
  let out = "'";
  for (const byte of new TextEncoder().encode(value)) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9._*\- ]/.test(c) ? c : `\\${byte}`;
  }
  return `${out}'`;
}

/** addAction lines that answer names (suffix match) with a fixed response code. */
function rcodeRules(names: string[] | undefined, rcode: 'SERVFAIL' | 'NXDOMAIN' | 'REFUSED'): string[] {
  if (!names || names.length === 0) return [];
  // dnsdist 1.7 rejects SuffixMatchNodeRule({table}); makeRule({...}) builds the same suffix match.
  const table = names.map((n) => luaString(normalizeName(n))).join(', ');
  return [`addAction(makeRule({${table}}), RCodeAction(DNSRCode.${rcode}))`];
}

/**
 * dnsdist.lua for one test stack: plain DNS on `dnsPort`, DoH over plain HTTP on `dohPort`, nsd as the only
 * backend, and the response-code faults as rules. Delays and drops are done by the Node front (front.ts):
 * dnsdist's DelayAction only delays UDP and a dropped DoH query gets HTTP 403, not silence.
 */
export function renderDnsdistConfig(opts: { dnsPort: number; dohPort: number; nsdPort: number; faults?: Faults }): string {
  const f = opts.faults ?? {};
  return [
    // No security-status query to the Internet at start-up.
    `setSecurityPollSuffix('')`,
    `setLocal('127.0.0.1:${opts.dnsPort}')`,
    // Browsers need the CORS header; cache-control would let Chromium serve repeated GETs from its cache.
    `addDOHLocal('127.0.0.1:${opts.dohPort}', nil, nil, '/dns-query', {customResponseHeaders={['access-control-allow-origin']='*'}, sendCacheControlHeaders=false})`,
    `local backend = newServer({address='127.0.0.1:${opts.nsdPort}'})`,
    // Health checks could mark a fresh backend down (DoH then answers 403): force it up.
    `backend:setUp()`,
    `setServFailWhenNoServer(true)`,
    ...rcodeRules(f.servfail, 'SERVFAIL'),
    ...rcodeRules(f.nxdomain, 'NXDOMAIN'),
    ...rcodeRules(f.refused, 'REFUSED'),
    '',
  ].join('\n');
}
