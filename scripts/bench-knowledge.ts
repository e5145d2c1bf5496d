/**
 * `npm run bench:knowledge`: speed of the knowledge lookups and of the plan, and how often the provider
 * catalogs agree with the corpus labels where they match. Prints figures; asserts nothing.
 * The corpus part is skipped, with a message, when ../shared is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { matchProvider, PROVIDERS } from '../src/core/knowledge/providers.ts';
import { findBlocklistInText } from '../src/core/knowledge/blocklists.ts';
import { suggestDomain } from '../src/core/knowledge/mailbox-providers.ts';
import { readBounce } from '../src/core/read/index.ts';
import { classify } from '../src/core/classify/index.ts';
import { buildPlan } from '../src/core/remedy/plan.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus');

/** Mean microseconds per call of fn over `rounds` calls. */
function perCall(rounds: number, fn: () => void): string {
  const t = performance.now();
  for (let i = 0; i < rounds; i++) fn();
  return ((performance.now() - t) * 1000 / rounds).toFixed(2);
}

const LINES = [
  '550 5.1.1 <jane@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
  '421 4.7.0 [TSS04] Messages from 192.0.2.33 temporarily deferred due to unexpected volume or user complaints',
  '550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification',
  '550-5.7.26 This mail has been blocked because the sender is unauthenticated. - gsmtp',
];

async function main(): Promise<void> {
  const rules = PROVIDERS.reduce((n, p) => n + p.rules.length, 0);
  console.log(`catalogs: ${PROVIDERS.length} providers, ${rules} rules`);
  let i = 0;
  console.log(`matchProvider: ${perCall(40_000, () => matchProvider(LINES[i++ % LINES.length]!, 'mx.example.com'))} µs per rejection line`);
  console.log(`suggestDomain: ${perCall(20_000, () => suggestDomain('gmial.com'))} µs (typo), ${perCall(20_000, () => suggestDomain('mail.example.net'))} µs (no match)`);
  const hostile = 'x5.7.'.repeat(4_000_000);
  const t = performance.now();
  matchProvider(hostile, hostile);
  findBlocklistInText(hostile);
  console.log(`20 MB hostile text through matchProvider + findBlocklistInText: ${(performance.now() - t).toFixed(1)} ms`);

  const bsd = join(CORPUS, 'maildir', 'bsd');
  if (!existsSync(bsd)) {
    console.log(`corpus: skipped (${bsd} is absent)`);
    return;
  }
  const files = readdirSync(bsd).filter((f) => f.endsWith('.eml'));
  const labels = new Map<string, string>();
  for (const line of readFileSync(join(CORPUS, 'labels.tsv'), 'utf8').trim().split('\n').slice(1)) {
    const [sample, idx, , , reason] = line.split('\t');
    if (sample && idx && reason) labels.set(`${sample}#${idx}`, reason);
  }
  let matched = 0;
  let agree = 0;
  let planTime = 0;
  let steps = 0;
  let empty = 0;
  for (const f of files) {
    const parsed = await readBounce(readFileSync(join(bsd, f), 'utf8'));
    parsed.recipients.forEach((r, k) => {
      const label = labels.get(`maildir/bsd/${f}#${k + 1}`);
      const m = label ? matchProvider(r.diagnostic ?? '', r.remoteMta) : null;
      if (m) {
        matched++;
        if (m.rule.reason === label) agree++;
      }
    });
    const c = classify(parsed);
    const t0 = performance.now();
    const plan = buildPlan(c, []);
    planTime += performance.now() - t0;
    steps += plan.steps.length;
    if (plan.steps.length === 0) empty++;
  }
  console.log(`corpus: ${files.length} messages; provider rule matched ${matched} labelled recipients, reason agrees on ${agree}`);
  console.log(`buildPlan: ${(planTime * 1000 / files.length).toFixed(1)} µs per message, ${(steps / files.length).toFixed(1)} steps on average, ${empty} plans without a step`);
}

await main();
