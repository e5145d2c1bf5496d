/**
 * Parses an SPF record into terms (RFC 7208 sections 4.6, 5, 6, 12 ABNF). A syntax error anywhere makes
 * the whole record a permerror, so the parse is all or nothing; the terms read so far are still returned
 * for display.
 */
import ipaddr from 'ipaddr.js';
import { tokenizeMacroString, type MacroToken } from './macro.ts';
import type { SpfMechanismName, SpfQualifier } from './types.ts';

export type ParsedTerm =
  | {
    kind: 'mechanism';
    /** As written. */
    text: string;
    qualifier: SpfQualifier;
    name: SpfMechanismName;
    /** The domain-spec as written (include, a, mx, ptr, exists), or null for the current domain. */
    domainSpec: string | null;
    /** Its macro tokens (checked). */
    domainTokens: MacroToken[] | null;
    /** CIDR lengths (a, mx: defaults 32/128; ip4/ip6: written or full). */
    cidr4?: number;
    cidr6?: number;
    /** ip4/ip6: the network address. */
    network?: ipaddr.IPv4 | ipaddr.IPv6;
  }
  | {
    kind: 'modifier';
    text: string;
    /** Lower-cased modifier name. */
    name: string;
    /** The macro-string as written. */
    value: string;
    /** Its macro tokens (checked). */
    valueTokens: MacroToken[];
  };

export type ParseResult =
  | { ok: true; terms: ParsedTerm[] }
  | { ok: false; error: string; terms: ParsedTerm[] };

const MECHANISMS = new Set<string>(['all', 'include', 'a', 'mx', 'ptr', 'ip4', 'ip6', 'exists']);
const QUALIFIERS = new Set<string>(['+', '-', '~', '?']);

/** Checks an ip4/ip6 CIDR length: "0" or no leading zero, and within range (ABNF ip4-cidr-length). */
function parseCidr(digits: string, max: number): number | null {
  if (!/^(?:0|[1-9][0-9]{0,2})$/.test(digits)) return null;
  const value = Number(digits);
  return value <= max ? value : null;
}

/** toplabel = ( *alphanum ALPHA *alphanum ) / ( 1*alphanum "-" *( alphanum / "-" ) alphanum ) */
function isTopLabel(label: string): boolean {
  if (!/^[A-Za-z0-9-]+$/.test(label) || label.startsWith('-') || label.endsWith('-')) return false;
  return /[A-Za-z]/.test(label) || label.includes('-');
}

/** domain-spec = macro-string domain-end; domain-end = ( "." toplabel [ "." ] ) / macro-expand */
function checkDomainSpec(spec: string): { ok: true; tokens: MacroToken[] } | { ok: false; error: string } {
  if (spec === '') return { ok: false, error: 'empty domain' };
  const tokenized = tokenizeMacroString(spec, false);
  if (!tokenized.ok) return tokenized;
  const last = tokenized.tokens[tokenized.tokens.length - 1];
  if (last?.type === 'macro' && spec.endsWith('}')) return tokenized;
  const body = spec.endsWith('.') ? spec.slice(0, -1) : spec;
  const dot = body.lastIndexOf('.');
  if (dot < 0) return { ok: false, error: `"${spec}" is not a domain name (no dot before its last label)` };
  if (!isTopLabel(body.slice(dot + 1))) return { ok: false, error: `"${spec}" does not end in a valid top-level label` };
  return tokenized;
}

/** Splits "/c4//c6", "/c4" or "//c6" off the end of `rest`. */
function splitDualCidr(rest: string): { head: string; cidr4?: string; cidr6?: string } {
  let head = rest;
  let cidr6: string | undefined;
  let cidr4: string | undefined;
  const six = /\/\/([0-9]{1,4})$/.exec(head);
  if (six) {
    cidr6 = six[1];
    head = head.slice(0, six.index);
  }
  const four = /\/([0-9]{1,4})$/.exec(head);
  if (four) {
    cidr4 = four[1];
    head = head.slice(0, four.index);
  }
  return { head, cidr4, cidr6 };
}

type TermParse = { ok: true; term: ParsedTerm } | { ok: false; error: string };

function parseMechanism(text: string): TermParse {
  let rest = text;
  let qualifier: SpfQualifier = '+';
  if (QUALIFIERS.has(rest[0] ?? '')) {
    qualifier = rest[0] as SpfQualifier;
    rest = rest.slice(1);
  }
  const nameMatch = /^[A-Za-z0-9]{1,10}/.exec(rest);
  const name = (nameMatch?.[0] ?? '').toLowerCase();
  if (!MECHANISMS.has(name)) return { ok: false, error: `unknown mechanism "${text}"` };
  rest = rest.slice(name.length);
  const mechanismName = name as SpfMechanismName;
  const base = { kind: 'mechanism' as const, text, qualifier, name: mechanismName, domainSpec: null, domainTokens: null };

  switch (mechanismName) {
    case 'all':
      return rest === '' ? { ok: true, term: base } : { ok: false, error: `"${text}": nothing may follow "all"` };
    case 'include':
    case 'exists':
    case 'ptr': {
      if (rest === '' && mechanismName === 'ptr') return { ok: true, term: base };
      if (!rest.startsWith(':')) return { ok: false, error: `"${text}": expected ":domain"` };
      const spec = checkDomainSpec(rest.slice(1));
      if (!spec.ok) return { ok: false, error: `"${text}": ${spec.error}` };
      return { ok: true, term: { ...base, domainSpec: rest.slice(1), domainTokens: spec.tokens } };
    }
    case 'a':
    case 'mx': {
      const { head, cidr4, cidr6 } = splitDualCidr(rest);
      const c4 = cidr4 === undefined ? 32 : parseCidr(cidr4, 32);
      const c6 = cidr6 === undefined ? 128 : parseCidr(cidr6, 128);
      if (c4 === null || c6 === null) return { ok: false, error: `"${text}": invalid CIDR length` };
      if (head === '') return { ok: true, term: { ...base, cidr4: c4, cidr6: c6 } };
      if (!head.startsWith(':')) return { ok: false, error: `"${text}": expected ":domain" or "/length"` };
      const spec = checkDomainSpec(head.slice(1));
      if (!spec.ok) return { ok: false, error: `"${text}": ${spec.error}` };
      return { ok: true, term: { ...base, domainSpec: head.slice(1), domainTokens: spec.tokens, cidr4: c4, cidr6: c6 } };
    }
    case 'ip4':
    case 'ip6': {
      if (!rest.startsWith(':')) return { ok: false, error: `"${text}": expected ":address"` };
      const value = rest.slice(1);
      const slash = value.indexOf('/');
      const address = slash < 0 ? value : value.slice(0, slash);
      const length = slash < 0 ? undefined : value.slice(slash + 1);
      const max = mechanismName === 'ip4' ? 32 : 128;
      const cidr = length === undefined ? max : parseCidr(length, max);
      if (cidr === null) return { ok: false, error: `"${text}": invalid CIDR length` };
      if (mechanismName === 'ip4') {
        if (!ipaddr.IPv4.isValidFourPartDecimal(address)) return { ok: false, error: `"${text}": not an IPv4 address` };
        return { ok: true, term: { ...base, cidr4: cidr, network: ipaddr.IPv4.parse(address) } };
      }
      if (!ipaddr.IPv6.isValid(address) || address.includes('%')) return { ok: false, error: `"${text}": not an IPv6 address` };
      return { ok: true, term: { ...base, cidr6: cidr, network: ipaddr.IPv6.parse(address) } };
    }
  }
}

/** One term: a modifier is name=value with a name that starts with a letter; anything else a mechanism. */
function parseTerm(text: string): TermParse {
  const modifier = /^([A-Za-z][A-Za-z0-9\-_.]{0,62})=/.exec(text);
  if (modifier) {
    const name = modifier[1]!.toLowerCase();
    const value = text.slice(modifier[0].length);
    const checked = name === 'redirect' || name === 'exp' ? checkDomainSpec(value) : tokenizeMacroString(value, false);
    if (!checked.ok) return { ok: false, error: `"${text}": ${checked.error}` };
    return { ok: true, term: { kind: 'modifier', text, name, value, valueTokens: checked.tokens } };
  }
  return parseMechanism(text);
}

/** True for a TXT record that is an SPF record: "v=spf1" then a space or the end (case-insensitive). */
export function isSpfRecord(text: string): boolean {
  return /^v=spf1(?: |$)/i.test(text);
}

export function parseRecord(record: string): ParseResult {
  const terms: ParsedTerm[] = [];
  if (!isSpfRecord(record)) return { ok: false, error: 'the record does not start with "v=spf1"', terms };
  for (let i = 0; i < record.length; i++) {
    const code = record.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return { ok: false, error: 'the record contains characters outside printable US-ASCII', terms };
  }
  const parts = record.slice(6).split(' ').filter((p) => p !== '');
  let redirects = 0;
  let exps = 0;
  for (const part of parts) {
    const parsed = parseTerm(part);
    if (!parsed.ok) return { ok: false, error: parsed.error, terms };
    terms.push(parsed.term);
    if (parsed.term.kind === 'modifier' && parsed.term.name === 'redirect' && ++redirects > 1) {
      return { ok: false, error: 'more than one redirect= modifier', terms };
    }
    if (parsed.term.kind === 'modifier' && parsed.term.name === 'exp' && ++exps > 1) {
      return { ok: false, error: 'more than one exp= modifier', terms };
    }
  }
  return { ok: true, terms };
}
