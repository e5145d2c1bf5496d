/**
 * `bounce-doctor check --domain D [--ip IP] [--selector S] [--resolver URL]... [--dqs-key K] [--json]`:
 * the live DNS checks of a sending domain (and IP) without a bounce, over DNS-over-HTTPS.
 * Exit codes: 0 no check failed, 1 a check failed, 2 usage error. "could not check" is not a failure.
 */
import ipaddr from 'ipaddr.js';
import { checkDomain, type CheckDomainInput } from '../core/diagnose.ts';
import { createDohResolver } from '../core/dns/doh.ts';
import type { CheckResult } from '../core/check/types.ts';
import { parseArgs, resolverUrls } from './cli-args.ts';
import { exitCodeFor, formatCheck, statusTally } from './check-report.ts';

const USAGE = 'Usage: bounce-doctor check --domain D [--ip IP] [--selector S] [--resolver URL] [--dqs-key KEY] [--json]\n';

/** RFC 1035: a name is at most 253 characters in text form; each label 1-63 of a safe set. */
const DOMAIN_SHAPE = /^(?=.{1,253}$)[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)+$/i;
/** A selector is a dot-separated run of labels (RFC 6376 3.1). */
const SELECTOR_SHAPE = /^[a-z0-9_](?:[a-z0-9_-]{0,62})(?:\.[a-z0-9_](?:[a-z0-9_-]{0,62})){0,4}$/i;

function usage(error: string): number {
  process.stderr.write(`bounce-doctor check: ${error}\n${USAGE}`);
  return 2;
}

/**
 * The `check` command (see the module comment). --domain must be a domain name of at most 253
 * characters, --selector up to five labels; the last of a repeated flag wins (--resolver excepted).
 */
export async function runCheck(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv, { withValue: ['domain', 'ip', 'selector', 'resolver', 'dqs-key'], boolean: ['json', 'help'] });
  if (!parsed.ok) return usage(parsed.error);
  const { flags, positional } = parsed.value;
  if (flags.has('help')) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (positional.length > 0) return usage(`unexpected argument ${positional[0]}`);
  const one = (name: string) => flags.get(name)?.at(-1);
  const domain = one('domain')?.trim().replace(/\.$/, '').toLowerCase();
  if (!domain) return usage('--domain is required');
  if (!DOMAIN_SHAPE.test(domain)) return usage(`--domain ${domain} is not a domain name`);
  const ip = one('ip')?.trim();
  if (ip !== undefined && !ipaddr.isValid(ip)) return usage(`--ip ${ip} is not an IPv4 or IPv6 address`);
  const selector = one('selector')?.trim();
  if (selector !== undefined && !SELECTOR_SHAPE.test(selector)) return usage(`--selector ${selector} is not a DKIM selector`);
  const resolvers = resolverUrls(flags);
  if (!resolvers.ok) return usage(resolvers.error);

  const resolver = createDohResolver(resolvers.value ? { providers: resolvers.value } : {});
  const input: CheckDomainInput = { domain };
  if (ip) input.ip = ip;
  if (selector) input.selector = selector;
  const dqsKey = one('dqs-key');
  const results: CheckResult[] = await checkDomain(resolver, input, dqsKey ? { dqsKey } : {});

  if (flags.has('json')) {
    const doc = { domain, ip: ip ?? null, selector: selector ?? null, resolver: resolver.lastResolver(), checks: results }; // every field of each CheckResult; `name` and `status` are the stable ones
    process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  } else {
    const head = `Checks for ${domain}${ip ? ` and ${ip}` : ''} (DNS over HTTPS via ${resolver.lastResolver() ?? resolver.providers.join(', ')})`;
    const body = results.map((r) => formatCheck(r, { queries: true })).join('\n\n');
    process.stdout.write(`${head}\n\n${body}\n\n${statusTally(results)}\n`);
  }
  return exitCodeFor(results);
}
