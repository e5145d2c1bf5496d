/**
 * A small argument parser for the DNS commands (`diagnose`, `check`): known flags only, with or without
 * values, so a typo is a usage error instead of a silently ignored option.
 */

export interface ParsedArgs {
  /** Flag name (without dashes) to its values, in order; value-less flags map to ['']. */
  flags: Map<string, string[]>;
  positional: string[];
}

export type ParseOutcome = { ok: true; value: ParsedArgs } | { ok: false; error: string };

/**
 * `withValue` flags take the next argument (or `--flag=value`); `boolean` flags take none.
 * A lone "-" is positional (standard input).
 */
export function parseArgs(argv: string[], spec: { withValue: string[]; boolean: string[] }): ParseOutcome {
  const flags = new Map<string, string[]>();
  const positional: string[] = [];
  const add = (k: string, v: string) => flags.set(k, [...(flags.get(k) ?? []), v]);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') { positional.push(...argv.slice(i + 1)); break; }
    if (!arg.startsWith('--')) { positional.push(arg); continue; }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (spec.boolean.includes(name)) {
      if (eq >= 0) return { ok: false, error: `--${name} takes no value` };
      add(name, '');
    } else if (spec.withValue.includes(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') return { ok: false, error: `--${name} needs a value` };
      add(name, value);
    } else {
      return { ok: false, error: `unknown option ${arg}` };
    }
  }
  return { ok: true, value: { flags, positional } };
}

/** The DoH providers given with --resolver (repeatable), checked to be http(s) URLs; null when none. */
export function resolverUrls(flags: Map<string, string[]>): { ok: true; value: string[] | null } | { ok: false; error: string } {
  const urls = flags.get('resolver') ?? [];
  for (const u of urls) {
    let parsed: URL;
    try { parsed = new URL(u); } catch { return { ok: false, error: `--resolver ${u} is not a URL` }; }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { ok: false, error: `--resolver ${u} is not an http(s) URL` };
  }
  return { ok: true, value: urls.length > 0 ? urls : null };
}
