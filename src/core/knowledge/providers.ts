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
import { COX } from './providers/cox.ts';
import { requiredLiterals } from './required-literals.ts';
import { buildLiteralIndex, scanLiterals, type LiteralIndex } from './literal-index.ts';

export type { ProviderCatalog, ProviderCodeRule, ProviderMatch } from './provider-types.ts';

/**
 * All catalogs. Order matters where host patterns overlap: Outlook.com's consumer hosts
 * (*.olc.protection.outlook.com) also fit Microsoft 365's patterns, so Outlook.com comes first.
 */
export const PROVIDERS: readonly ProviderCatalog[] = [
  OUTLOOK_COM, MICROSOFT_365, GMAIL, YAHOO, ICLOUD, PROOFPOINT, MIMECAST, CISCO, BARRACUDA, AMAZON_SES, KDDI, SPECTRUM, ORANGE, COX,
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

/*
 * The catalogs prepared once (on the first match) for matching. Every pattern gets the literals it cannot match without
 * (required-literals.ts); a text is read once for all of them (literal-index.ts), and a pattern whose
 * literals the text does not hold is not run: it could not match. The results are those of running every
 * pattern. Measured on the 505 maildir/bsd messages in memory: running the ~230 host and rule patterns in
 * turn made matchProvider about half of classify's time (~14 µs of ~28 µs per message).
 */

/** A pattern and its number among all the catalogs' patterns. */
interface Prepared {
  re: RegExp;
  slot: number;
}

interface PreparedRule {
  rule: ProviderCodeRule;
  catalog: ProviderCatalog;
  match: Prepared;
  alsoRequires: Prepared | null;
}

interface PreparedCatalog {
  catalog: ProviderCatalog;
  hostPatterns: Prepared[];
  rules: PreparedRule[];
  /** The catalogs named by alsoUses, in that order. */
  alsoUses: PreparedCatalog[];
}

/** The literals of all the catalogs' patterns, and which patterns need which. */
interface PatternLiterals {
  index: LiteralIndex;
  /** Per literal id: the slots of the patterns that cannot match without it or another of their literals. */
  slotsOf: number[][];
  /** Slots of the patterns with no literal known: run on every text. */
  always: number[];
  /** Number of patterns. */
  slots: number;
}

interface Matcher {
  catalogs: readonly PreparedCatalog[];
  /** The rules that identify their provider on their own, in catalog order. */
  standalone: readonly PreparedRule[];
  /** The candidates in the host name and in the rejection text being matched. */
  inHost: Candidates;
  inBody: Candidates;
}

/**
 * Prepares the catalogs, on the first match rather than at load: a process that loads this module for
 * PROVIDERS only (plans, the DNS checks) or a CLI worker that only reads messages does not pay for it
 * (~5 ms at a cold start: the literals of ~230 patterns and their automaton).
 */
function prepareCatalogs(): Matcher {
  const literals: string[] = [];
  const literalIds = new Map<string, number>();
  const slotsOf: number[][] = [];
  const always: number[] = [];
  let slots = 0;
  const prepare = (re: RegExp): Prepared => {
    const slot = slots++;
    const required = requiredLiterals(re);
    if (!required) always.push(slot);
    for (const literal of required ?? []) {
      let id = literalIds.get(literal);
      if (id === undefined) {
        id = literals.length;
        literals.push(literal);
        literalIds.set(literal, id);
        slotsOf.push([]);
      }
      slotsOf[id]!.push(slot);
    }
    return { re, slot };
  };
  const catalogs: PreparedCatalog[] = PROVIDERS.map((catalog) => ({
    catalog,
    hostPatterns: catalog.hostPatterns.map(prepare),
    rules: catalog.rules.map((rule) => ({
      rule, catalog, match: prepare(rule.match), alsoRequires: rule.alsoRequires ? prepare(rule.alsoRequires) : null,
    })),
    alsoUses: [],
  }));
  for (const p of catalogs) {
    for (const id of p.catalog.alsoUses ?? []) {
      const other = catalogs.find((o) => o.catalog.id === id);
      if (other) p.alsoUses.push(other);
    }
  }
  const found: PatternLiterals = { index: buildLiteralIndex(literals), slotsOf, always, slots };
  return {
    catalogs,
    standalone: catalogs.flatMap((p) => p.rules.filter((r) => r.rule.standalone)),
    inHost: new Candidates(found),
    inBody: new Candidates(found),
  };
}

let matcher: Matcher | null = null;

/**
 * The patterns that may match the text last read: those holding one of their literals. One per text
 * kind, reused from text to text (a text read only renumbers: nothing allocated or cleared per text).
 * Marking the candidates from the literals found, rather than asking each pattern about its literals,
 * leaves one array read per pattern: matchProvider on the 490 corpus answers, 3.10 -> 1.36 µs each.
 */
class Candidates {
  /** Per pattern slot: the number of the last text that may match it. */
  private readonly marks: Int32Array;
  /** The number of the text last read. */
  private current = 0;
  private readonly mark = (id: number): void => {
    for (const slot of this.literals.slotsOf[id]!) this.marks[slot] = this.current;
  };

  constructor(private readonly literals: PatternLiterals) {
    this.marks = new Int32Array(literals.slots);
  }

  /** Reads `text`, lower-cased (the literals are). */
  read(lowerCased: string): void {
    if (++this.current === 0x7fffffff) {
      this.marks.fill(0);
      this.current = 1;
    }
    for (const slot of this.literals.always) this.marks[slot] = this.current;
    scanLiterals(this.literals.index, lowerCased, this.mark);
  }

  /** True when the pattern matches `text`, the text last read before lower-casing. */
  fits(p: Prepared, text: string): boolean {
    return this.marks[p.slot] === this.current && p.re.test(text);
  }

  /** True when one of the patterns matches `text` (as for `fits`). */
  fitsAny(patterns: readonly Prepared[], text: string): boolean {
    for (const p of patterns) if (this.fits(p, text)) return true;
    return false;
  }
}

/**
 * The catalogs whose host patterns fit the remote server name, then those whose markers appear in the
 * text, each followed by the catalogs it also uses. No duplicates; empty when nothing fits.
 */
export function identifyProviders(text: string, remoteMta: string | null): ProviderCatalog[] {
  const body = bounded(text, MAX_PROVIDER_TEXT);
  const m = (matcher ??= prepareCatalogs());
  m.inBody.read(body.toLowerCase());
  return identify(m, bounded(remoteMta, MAX_HOST_LENGTH), body).map((p) => p.catalog);
}

/** identifyProviders, on bounded texts, once `m.inBody` has read `body`. */
function identify(m: Matcher, host: string, body: string): PreparedCatalog[] {
  const found: PreparedCatalog[] = [];
  if (host) {
    m.inHost.read(host.toLowerCase());
    for (const p of m.catalogs) if (m.inHost.fitsAny(p.hostPatterns, host)) addWithAlsoUsed(found, p);
  }
  if (body) for (const p of m.catalogs) if (m.inBody.fitsAny(p.hostPatterns, body)) addWithAlsoUsed(found, p);
  return found;
}

/** Adds a catalog, then the catalogs it also uses, to `found`, leaving out those already there. */
function addWithAlsoUsed(found: PreparedCatalog[], p: PreparedCatalog): void {
  if (found.includes(p)) return;
  found.push(p);
  for (const other of p.alsoUses) if (!found.includes(other)) found.push(other);
}

/**
 * Finds the provider rule that explains a rejection. Rules of the providers identified by the remote
 * server's name (or markers in the text) are tried first, most specific rule first; then the codes that
 * identify a provider on their own ("[BL21]", "SC-001", "5.7.509", ...) in any catalog.
 * Returns null when no rule fits. Never throws; looks at most MAX_PROVIDER_TEXT characters.
 * `lowerCased` is `text.toLowerCase()` when the caller has it (used when the text is within the bound).
 */
export function matchProvider(text: string, remoteMta: string | null, lowerCased?: string): ProviderMatch | null {
  const body = bounded(text, MAX_PROVIDER_TEXT);
  if (!body) return null;
  const m = (matcher ??= prepareCatalogs());
  m.inBody.read(lowerCased !== undefined && body === text ? lowerCased : body.toLowerCase());
  for (const p of identify(m, bounded(remoteMta, MAX_HOST_LENGTH), body)) {
    for (const r of p.rules) if (ruleFits(m.inBody, r, body)) return { catalog: r.catalog, rule: r.rule };
  }
  for (const r of m.standalone) if (ruleFits(m.inBody, r, body)) return { catalog: r.catalog, rule: r.rule };
  return null;
}

/** True when the rule's pattern, and its second pattern if any, occur in the text `inBody` has read. */
function ruleFits(inBody: Candidates, r: PreparedRule, body: string): boolean {
  return inBody.fits(r.match, body) && (r.alsoRequires === null || inBody.fits(r.alsoRequires, body));
}
