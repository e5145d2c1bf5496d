/**
 * matchProvider skips a pattern whose required literals a text does not hold (required-literals.ts). This
 * checks that the skip never changes an answer: on every recipient of the reference corpus (when present)
 * and on lines quoting each catalog's literals in other cases, matchProvider and identifyProviders agree
 * with running every pattern in turn.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, readCorpusFile } from '../../../test/corpus-score.ts';
import { readBounce } from '../read/index.ts';
import { identifyProviders, matchProvider, MAX_PROVIDER_TEXT, PROVIDERS } from './providers.ts';
import type { ProviderCatalog } from './provider-types.ts';
import { requiredLiterals } from './required-literals.ts';

/** The matcher as it was before the prefilter: every pattern run in turn. */
function plainIdentify(body: string, host: string): ProviderCatalog[] {
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

function plainMatch(text: string, host: string): string | null {
  const body = text.slice(0, MAX_PROVIDER_TEXT);
  if (!body) return null;
  const fits = (r: ProviderCatalog['rules'][number]) => r.match.test(body) && (!r.alsoRequires || r.alsoRequires.test(body));
  for (const c of plainIdentify(body, host)) for (const r of c.rules) if (fits(r)) return `${c.id} ${r.code}`;
  for (const c of PROVIDERS) for (const r of c.rules) if (r.standalone && fits(r)) return `${c.id} ${r.code}`;
  return null;
}

function agree(text: string, host: string): void {
  const m = matchProvider(text, host || null);
  expect(m ? `${m.catalog.id} ${m.rule.code}` : null, text).toBe(plainMatch(text, host));
  expect(identifyProviders(text, host || null).map((c) => c.id), text).toEqual(plainIdentify(text.slice(0, MAX_PROVIDER_TEXT), host).map((c) => c.id));
}

describe('provider prefilter', () => {
  it('agrees with running every pattern, on lines quoting the catalogs\' literals in any case', () => {
    const patterns = PROVIDERS.flatMap((c) => [...c.hostPatterns, ...c.rules.flatMap((r) => [r.match, ...(r.alsoRequires ? [r.alsoRequires] : [])])]);
    const literals = [...new Set(patterns.flatMap((re) => requiredLiterals(re) ?? []))];
    for (const literal of literals) {
      for (const form of [literal, literal.toUpperCase(), literal.replace(/\b\w/g, (c) => c.toUpperCase())]) {
        agree(`550 5.7.1 ${form} rejected`, '');
        agree(`550 ${form}`, 'mx.example.com');
        agree('550 5.1.1 user unknown', form);
      }
    }
  });

  const bsd = join(CORPUS_DIR, 'maildir');
  it.skipIf(!existsSync(bsd))('agrees with running every pattern on every recipient of the reference corpus', async () => {
    let checked = 0;
    for (const sub of readdirSync(bsd)) {
      for (const name of readdirSync(join(bsd, sub)).filter((n) => n.endsWith('.eml'))) {
        const parsed = await readBounce(readCorpusFile(join(bsd, sub, name)));
        for (const r of parsed.recipients) {
          agree(r.diagnostic ?? '', r.remoteMta ?? '');
          checked++;
        }
        agree(parsed.bodyText, '');
      }
    }
    expect(checked).toBeGreaterThan(500);
  }, 60_000);
  if (!existsSync(bsd)) console.warn(`provider prefilter: corpus check skipped, no corpus at ${CORPUS_DIR}`);
});
